
export interface LocaleAssignment {
    LocaleID?: string
    BuyerID?: string
    UserGroupID?: string
}