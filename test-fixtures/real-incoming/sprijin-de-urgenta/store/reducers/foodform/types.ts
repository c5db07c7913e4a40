export interface IFoodForm {
  locale: string
  href: string
}
