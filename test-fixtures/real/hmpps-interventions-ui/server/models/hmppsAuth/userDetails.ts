export default interface UserDetails {
  username: string
  active: boolean
  name: string
  authSource: string
  userId: string
  uuid: string
}
