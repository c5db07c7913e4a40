export type URLs = {
  streaming_api: string
}
