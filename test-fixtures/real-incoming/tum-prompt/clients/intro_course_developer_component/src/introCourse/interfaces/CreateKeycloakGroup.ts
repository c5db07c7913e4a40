export type CreateKeycloakGroup = {
  GroupName: string
}
