
export interface SearchIngestionHttpContent {
    Endpoint?: string
    CustomAuthHeaderName?: string
    CustomAuthHeaderValue?: string
}