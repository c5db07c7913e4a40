import { IAttributes } from '@crowd/types'

export interface IOrganizationIdWithAttributes {
  id: string
  attributes: IAttributes
}
