export type DataResponse<T> = {
  data: T;
};
