import Name from './Name'

export default interface StaffMember {
  code: string
  name: Name
  grade: string
  email: string
}
