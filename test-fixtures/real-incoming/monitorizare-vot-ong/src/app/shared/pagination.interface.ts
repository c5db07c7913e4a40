export interface PaginationData{
    pageSize: number;
    page: number;
}
