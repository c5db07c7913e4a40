export interface ICategory {
  slug: string
  href?: string
}
