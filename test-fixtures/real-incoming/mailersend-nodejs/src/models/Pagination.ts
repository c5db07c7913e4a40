export interface Pagination {
  page?: number;
  limit?: number;
}
