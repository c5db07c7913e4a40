export type TableSort = {
  column: string
  direction: 'asc' | 'desc'
}
