export interface Case {
  crn: string
  name: string
  links: { view: string }
}
