export type Hashtag = {
  tag: string
}
