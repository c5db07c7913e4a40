export type PaginationQueryParams = {
  page: number
  pageSize: number
}

export type ObjectWithAnyKeys = Record<string, unknown>
