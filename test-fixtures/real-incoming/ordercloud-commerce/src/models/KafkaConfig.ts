
export interface KafkaConfig {
    BootstrapServers?: string
    SaslUsername?: string
    SaslPassword?: string
    Topic?: string
}