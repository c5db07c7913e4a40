export interface IsProfileAlreadyInUseRequest {
    key: string;
    type: string;
}
