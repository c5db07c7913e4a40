export type Slide = {
  pk: string;
  title: string;
  image: string;
  content: string;
  link_url: string;
  link_open_blank: boolean;
};
