import { Goal } from './GoalType'

export type Goals = {
  now: Goal[]
  future: Goal[]
}
