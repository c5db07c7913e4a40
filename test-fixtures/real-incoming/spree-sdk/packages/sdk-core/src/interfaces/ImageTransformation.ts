export type ImageTransformation = {
  size?: string
  quality?: number
}
