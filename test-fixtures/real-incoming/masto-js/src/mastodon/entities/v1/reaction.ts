export interface Reaction {
  name: string;
  count: number;
  me: boolean;
  url: string;
  staticUrl: string;
}
