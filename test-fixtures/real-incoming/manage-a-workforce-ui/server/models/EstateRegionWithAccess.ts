export default interface EstateRegionWithAccess {
  code: string
  name: string
  allowed: boolean
}
