export interface IPaginationOptions {
  page: number;
  limit: number;
}
