export default interface Ogrs {
  level: string
  lastUpdatedOn: Date
  score: number
}
