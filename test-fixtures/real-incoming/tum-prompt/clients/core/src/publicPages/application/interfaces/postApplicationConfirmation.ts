export interface PostApplicationResponse {
  message: string
  confirmationMailSent: boolean
}
