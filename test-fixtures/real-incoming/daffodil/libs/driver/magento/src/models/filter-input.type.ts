export interface MagentoFilterInput {
  typename?: 'FilterStringTypeInput';
  eq?: string;
  in?: string;
  match?: string;
}
