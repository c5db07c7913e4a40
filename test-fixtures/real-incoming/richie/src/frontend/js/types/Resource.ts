export interface Resource {
  id: string;
  title: string;
}
