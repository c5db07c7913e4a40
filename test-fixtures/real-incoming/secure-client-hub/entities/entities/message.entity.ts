export type MessageEntity = {
  messageId: string
  messageDate: string
  messageName: string
  messageType?: string
}
