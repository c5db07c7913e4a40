export default interface TeamDetails {
  name: string
  code: string
  probationDeliveryUnit: {
    code: string
    name: string
  }
}
