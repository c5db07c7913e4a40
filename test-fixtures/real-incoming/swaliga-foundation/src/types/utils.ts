export interface ID {
  id: string;
}