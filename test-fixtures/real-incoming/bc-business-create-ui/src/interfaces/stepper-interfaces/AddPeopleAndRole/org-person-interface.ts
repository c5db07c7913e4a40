import { AddressIF, RolesIF } from '@/interfaces'
import { EmptyAddress } from '@bcrs-shared-components/interfaces'
import { PartyTypes } from '@/enums'

export interface OfficerIF {
  id?: string
  partyType: PartyTypes
  firstName: string
  middleName?: string
  lastName: string
  organizationName: string
  email?: string
  businessNumber?: string // SP proprietors and GP partners only
  identifier?: string // SP proprietors and GP partners only
}

export interface OrgPersonIF {
  officer: OfficerIF
  roles: RolesIF[]
  mailingAddress: AddressIF
  deliveryAddress?: AddressIF
  inheritMailingAddress?: boolean // for UI use only
  confirmBusiness?: boolean // SP proprietors and GP partners only // for UI use only
  isLookupBusiness?: boolean // SP proprietors and GP partners only // for UI use only
}

export const EmptyOfficer: OfficerIF = {
  id: null,
  firstName: '',
  lastName: '',
  middleName: '',
  organizationName: '',
  partyType: null
}

// NB: use cloneDeep when assigning EmptyOrgPerson
export const EmptyOrgPerson: OrgPersonIF = {
  officer: { ...EmptyOfficer },
  roles: [],
  mailingAddress: { ...EmptyAddress }
}
