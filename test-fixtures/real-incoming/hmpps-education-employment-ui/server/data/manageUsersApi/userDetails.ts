export default interface UserDetails {
  name: string
  displayName: string
  username: string
}
