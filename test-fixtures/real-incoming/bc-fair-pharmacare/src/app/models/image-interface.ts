export interface ImageInterface {
  path: string;
  desc: string;
  title?: string;
}
