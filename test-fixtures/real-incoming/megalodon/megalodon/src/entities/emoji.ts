export type Emoji = {
  shortcode: string
  static_url: string
  url: string
  visible_in_picker: boolean
  category?: string
}
