export default interface Flag {
  description: string
}
