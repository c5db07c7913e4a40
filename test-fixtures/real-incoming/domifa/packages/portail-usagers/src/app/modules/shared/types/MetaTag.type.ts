export interface MetaTag {
  name: string;
  content: string;
}
