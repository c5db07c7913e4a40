export interface LandingMenuItems {
  path: string
  label: string
  needPro?: boolean
  hidden?: boolean
  onClick?: () => void
}
