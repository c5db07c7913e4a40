export interface IListResponse<T> {
  data: T[];
  [key: string]: any;
}
