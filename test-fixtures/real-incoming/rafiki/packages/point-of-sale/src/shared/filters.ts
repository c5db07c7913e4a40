export interface FilterString {
  in?: string[]
}
