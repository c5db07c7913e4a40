export interface Event {
    message: string
    type: string
    timeout: number
}
