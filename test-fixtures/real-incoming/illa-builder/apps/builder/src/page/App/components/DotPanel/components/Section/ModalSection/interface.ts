export interface RenderModalSectionProps {
  columnNumber: number
}
