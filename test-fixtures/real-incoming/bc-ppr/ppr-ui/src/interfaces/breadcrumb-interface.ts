// bread crumb interface
export interface BreadcrumbIF {
  disabled: boolean
  href?: string
  text: string
  to?: { name: string }
}
