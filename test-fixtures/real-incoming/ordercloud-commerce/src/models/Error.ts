
export interface Error {
    StatusCode?: number
    ErrorCode?: string
    Message?: string
    Data?: any
}