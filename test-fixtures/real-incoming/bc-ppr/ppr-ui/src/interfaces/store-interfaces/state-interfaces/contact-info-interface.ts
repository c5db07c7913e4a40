// Contact Info state model
export interface ContactInfoIF {
  created: string
  createdBy: string
  email: string
  modified: string
  phone: string
  phoneExtension: string
}
