export interface MousePreviewProps {
  unitW: number
  displayName: string
}
