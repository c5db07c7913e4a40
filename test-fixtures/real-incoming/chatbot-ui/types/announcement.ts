export interface Announcement {
  id: string
  title: string
  content: string
  read: boolean
  link: string
  date: string
}
