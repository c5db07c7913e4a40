export type ReAddGoal = {
  targetDate?: string
  note: string
}
