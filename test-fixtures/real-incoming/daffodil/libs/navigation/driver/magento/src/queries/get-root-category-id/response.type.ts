export interface MagentoNavgiationGetRootCategoryIdResponse {
  __typename: string;
  storeConfig: {
    root_category_uid: string;
  };
}
