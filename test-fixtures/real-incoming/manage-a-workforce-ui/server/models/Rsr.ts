export default interface Rsr {
  level: string
  lastUpdatedOn: Date
  percentage: number
}
