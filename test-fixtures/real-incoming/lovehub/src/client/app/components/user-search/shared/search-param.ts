export interface SearchParam {
  searchName: string;
  searchValue: string;
}
