export interface Component {
  html: string
  css: string[]
  javascript: string[]
}
