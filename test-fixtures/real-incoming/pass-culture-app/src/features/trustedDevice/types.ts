export type DeviceMetrics = {
  resolution: string
  fontScale: number
  screenZoomLevel: number | undefined
}
