export interface ExaminerNote {
  id: number
  text: string
  authorUserId: number
  authorUsername: string
  createdAt: string
}
