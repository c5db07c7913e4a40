export type Tag = {
  name: string
  url: string
  following?: boolean
}
