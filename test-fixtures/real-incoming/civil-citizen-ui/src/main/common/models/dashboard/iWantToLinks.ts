export interface iWantToLinks {
  text: string
  url?: string
  removeTargetBlank?: boolean
}
