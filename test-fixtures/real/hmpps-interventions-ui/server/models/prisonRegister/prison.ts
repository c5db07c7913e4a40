export default interface Prison {
  prisonId: string
  prisonName: string
  male: boolean
  female: boolean
  contracted: boolean
  addresses: string[]
  types: string[]
  operators: string[]
}
