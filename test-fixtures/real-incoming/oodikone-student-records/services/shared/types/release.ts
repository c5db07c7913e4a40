export type Release = {
  description: string
  time: string
  title: string
  version: string
}
