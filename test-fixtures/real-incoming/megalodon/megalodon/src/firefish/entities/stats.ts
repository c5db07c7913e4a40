export type Stats = {
  notesCount: number
  originalNotesCount: number
  usersCount: number
  originalUsersCount: number
  instances: number
}
