
export interface MessageSenderAssignment {
    MessageSenderID?: string
    BuyerID?: string
    SupplierID?: string
    UserGroupID?: string
    readonly MessageConfigName?: string
    readonly MessageConfigDescription?: string
}