export type UserEmailDomain = {
  emailDomain: string
}
