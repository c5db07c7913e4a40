export interface Handbook {
  id: string;
  title: string;
  content: string;
  createdAt: Date | null;
  updatedAt: Date | null;
}
