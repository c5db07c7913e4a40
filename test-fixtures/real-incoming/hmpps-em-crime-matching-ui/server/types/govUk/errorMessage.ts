export type GovUkErrorMessage = {
  text: string
}
