export interface IWidgetErrorAccessForbidden {
  mailId: string
  errorImageLite: string
  errorImageDark: string
}
