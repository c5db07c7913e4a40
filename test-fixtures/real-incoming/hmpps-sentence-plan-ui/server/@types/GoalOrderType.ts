export type GoalOrder = {
  goalUuid: string
  goalOrder: number
}
