export interface Result {
  approved: boolean;
  message: string;
}
