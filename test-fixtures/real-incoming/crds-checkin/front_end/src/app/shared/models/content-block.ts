export class ContentBlock {
  id: number;
  title: string;
  content: string;
  type: string;
  category: string;
  className: string;
}
