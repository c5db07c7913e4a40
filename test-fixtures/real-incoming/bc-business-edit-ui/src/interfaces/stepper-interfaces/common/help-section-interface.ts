export interface HelpSectionIF {
  header?: string
  icon?: string
  iconColor?: string
  helpText?: Array<string>
  statements?: Array<string>
  note?: string
}
