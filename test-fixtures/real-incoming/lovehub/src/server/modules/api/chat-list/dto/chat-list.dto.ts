export class ChatListDto {
    readonly userId1: number;
    readonly userId2: number;
}
