export class SortModel {
  public sortField: string;
  public sortType: string;
  constructor() {}
}
