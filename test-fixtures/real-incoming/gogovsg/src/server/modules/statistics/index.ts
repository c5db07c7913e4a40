import { StatisticsController } from './StatisticsController'

export type GlobalStatistics = {
  userCount: number
  clickCount: number
  linkCount: number
}

export { StatisticsController } from './StatisticsController'

export default StatisticsController
