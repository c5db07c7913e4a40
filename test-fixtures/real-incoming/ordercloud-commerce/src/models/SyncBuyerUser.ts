
export interface SyncBuyerUser {
    BuyerID?: string
    UserID?: string
}