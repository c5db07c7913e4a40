export interface Image {
  url: string;
  label: string;
}
