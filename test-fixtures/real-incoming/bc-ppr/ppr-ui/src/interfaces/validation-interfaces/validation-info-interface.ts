export interface ValidationInfoIF {
    hint?: string
    message?: string
    messageFirst?: string
    messageSecond?: string
    messageLast?: string
    popUp?: Array<string>
}
