import { Assessment } from './assessment'

export interface Config {
  version: number
  assessments: Assessment[]
}
