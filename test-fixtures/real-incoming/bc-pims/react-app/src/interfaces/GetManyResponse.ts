export interface GetManyResponse<T> {
  data: Array<T>;
  totalCount: number;
}
