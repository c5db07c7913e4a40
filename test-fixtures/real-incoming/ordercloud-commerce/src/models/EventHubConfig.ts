
export interface EventHubConfig {
    EventHubName?: string
    ConnectionString?: string
}