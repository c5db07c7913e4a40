export interface PaginationParams {
  page: number
  limit: number
}
