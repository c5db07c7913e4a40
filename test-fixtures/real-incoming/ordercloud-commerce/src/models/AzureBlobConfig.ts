
export interface AzureBlobConfig {
    ConnectionString?: string
    OverrideContainerName?: string
}