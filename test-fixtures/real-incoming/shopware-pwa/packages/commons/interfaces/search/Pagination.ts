/**
 * @public
 */
export interface Pagination {
  limit?: number;
  page?: number;
}
