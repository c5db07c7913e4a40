export interface AlertMessageIF {
  title: string
  msg: string
  additionalItems: Array<string>
}
