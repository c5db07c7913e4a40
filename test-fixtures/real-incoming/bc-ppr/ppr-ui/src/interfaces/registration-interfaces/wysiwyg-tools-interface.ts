// Interface for TipTap toolkit configuration
export interface WysiwygToolsIF {
  id: string
  tooltipText: string
  action: string
  hLevel: number,
  isActiveClass: string
  icon: string
}
