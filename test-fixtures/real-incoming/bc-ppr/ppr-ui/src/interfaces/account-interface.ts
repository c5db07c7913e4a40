import type { AccountModelIF } from '@/interfaces'

// account model
export interface AccountIF {
  account: AccountModelIF
}
