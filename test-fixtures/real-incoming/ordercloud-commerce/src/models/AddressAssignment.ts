
export interface AddressAssignment {
    AddressID?: string
    UserID?: string
    UserGroupID?: string
    IsShipping?: boolean
    IsBilling?: boolean
}