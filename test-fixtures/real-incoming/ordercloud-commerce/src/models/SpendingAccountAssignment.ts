
export interface SpendingAccountAssignment {
    SpendingAccountID?: string
    UserID?: string
    UserGroupID?: string
    AllowExceed?: boolean
}