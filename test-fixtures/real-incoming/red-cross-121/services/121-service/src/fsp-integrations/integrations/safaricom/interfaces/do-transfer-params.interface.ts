export interface DoTransferParams {
  readonly transferValue: number;
  readonly phoneNumber: string;
  readonly idNumber: string;
  readonly originatorConversationId: string;
}
