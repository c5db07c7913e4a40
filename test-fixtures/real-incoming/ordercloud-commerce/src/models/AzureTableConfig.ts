
export interface AzureTableConfig {
    ConnectionString?: string
    OverrideTableName?: string
}