
export interface ContentHubConfig {
    ApiKey?: string
    Endpoint?: string
    TargetSchemaName?: string
    ConfigData?: any
}