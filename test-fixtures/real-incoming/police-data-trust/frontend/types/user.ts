export type UserData = {
  email: string
  firstname: string
  lastname: string
  phone: string
  password: string
  password2: string
}
