export interface IKeycloakUserElement {
  id: string
  username: string
  firstName: string
  lastName: string
  email: string
  hasResearchGroup: boolean
}
