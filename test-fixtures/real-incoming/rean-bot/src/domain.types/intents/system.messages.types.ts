export interface SystemGeneratedMessagesDto {
    id?: number;
    MessageName?: string;
    MessageContent?: string;
    LanguageCode?: string;
}
