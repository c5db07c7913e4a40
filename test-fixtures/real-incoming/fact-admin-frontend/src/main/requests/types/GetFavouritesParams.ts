export type GetFavouritesParams = {
  pageNumber?: number;
  pageSize?: number;
};
