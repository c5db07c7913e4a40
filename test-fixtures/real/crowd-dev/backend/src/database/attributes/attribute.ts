import { IMemberAttribute } from '@crowd/types'

export interface AttributeData extends IMemberAttribute {
  id: string
  createdAt: string
  updatedAt: string
}
