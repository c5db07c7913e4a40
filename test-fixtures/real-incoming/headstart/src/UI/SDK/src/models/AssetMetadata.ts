
export interface AssetMetadata {
    IsUrlOverridden?: boolean
    ContentType?: string
    SizeBytes?: number
    ImageHeight?: number
    ImageWidth?: number
    ImageVerticalResolution?: number
    ImageHorizontalResolution?: number
}