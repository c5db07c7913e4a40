import { ContactPointIF } from '@bcrs-shared-components/interfaces'

/** Interface for auth information object in store. */
export interface AuthInformationIF {
  contact: ContactPointIF
  folioNumber: string
}
