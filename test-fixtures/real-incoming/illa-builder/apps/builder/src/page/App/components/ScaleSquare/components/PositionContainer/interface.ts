import { ReactNode } from "react"

export interface PositionContainerProps {
  x: number
  y: number
  displayName: string
  children: ReactNode
}
