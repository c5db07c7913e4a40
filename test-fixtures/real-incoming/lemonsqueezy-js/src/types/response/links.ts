export type Links = {
  self: string;
  first: string;
  last: string;
  next?: string;
  prev?: string;
};
