export class PartnerAccess {
  id?: number
  name?: string
  logoUrl?: string
  accessGrantedDate?: string
}
