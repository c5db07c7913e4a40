export interface ThirdPartySubscription {
    userId: string;
    listType: string;
    sensitivity: string;
}
