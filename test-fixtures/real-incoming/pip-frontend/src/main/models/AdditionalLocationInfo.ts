export interface AdditionalLocationInfo {
    noListMessage?: string;
    welshNoListMessage?: string;
}
