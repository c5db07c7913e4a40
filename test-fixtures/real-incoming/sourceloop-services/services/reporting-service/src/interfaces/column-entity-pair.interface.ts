export interface ColumnEntityPair {
  dataSourceName: string;
  column: string;
}
