export interface DefaultResponse {
    ErrorCode: number;
    Message: string;
}
