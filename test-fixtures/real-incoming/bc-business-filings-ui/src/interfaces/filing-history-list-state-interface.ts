import { ApiFilingIF } from '@/interfaces'

/** The state model interface for the Filing History List Store. */
export interface FilingHistoryListStateIF {
  filings: ApiFilingIF[]
}
