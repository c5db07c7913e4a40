import { ResourceType } from "@illa-public/public-types"

export interface ResourceCreateOrEditPanelProps {
  resourceType: ResourceType
  resourceID?: string
}
