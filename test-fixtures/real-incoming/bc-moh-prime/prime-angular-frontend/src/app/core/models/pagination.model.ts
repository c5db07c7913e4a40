export interface Pagination {
  page: number;
  totalPages: number;
  totalResults: number;
  pageSize: number;
}
