export type Contributor = {
  name: string;
  from: string;
  to?: string;
  github?: string;
  picture?: string;
  websjef?: {
    from: string;
    to: string;
  };
};
