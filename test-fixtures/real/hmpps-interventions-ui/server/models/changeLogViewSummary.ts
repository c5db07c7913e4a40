import Changelog from './changelog'

export interface ChangeLogViewSummary {
  changeLog: Changelog
  changeLogUrl: string
}
