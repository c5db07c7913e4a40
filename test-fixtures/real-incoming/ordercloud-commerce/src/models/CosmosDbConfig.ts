
export interface CosmosDbConfig {
    ConnectionString?: string
    OverrideDatabaseName?: string
}