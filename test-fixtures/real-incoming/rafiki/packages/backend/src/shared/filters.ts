export interface FilterString {
  in?: string[]
  notIn?: string[]
}
