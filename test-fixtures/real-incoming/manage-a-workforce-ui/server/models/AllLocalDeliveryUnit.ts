import AllTeam from './AllTeam'

export default interface AllLocalDeliveryUnit {
  name: string
  teams: AllTeam[]
}
