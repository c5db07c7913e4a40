export default class ApprovalComment {
  who: string

  when: string

  comment: string

  role: string
}
