export interface List {
  id: number
  filename: string
}
