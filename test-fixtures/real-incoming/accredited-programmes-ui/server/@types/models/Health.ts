export type Health = {
  anyHealthConditions?: boolean
  description?: string
}
