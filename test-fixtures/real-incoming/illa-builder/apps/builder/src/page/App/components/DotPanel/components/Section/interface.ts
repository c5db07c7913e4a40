export interface RenderBasicSectionProps {
  columnNumber: number
  dividerColor?: string
}
