export default interface TokenVerifyResponse {
  active: boolean
}
