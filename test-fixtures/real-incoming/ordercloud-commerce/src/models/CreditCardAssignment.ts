
export interface CreditCardAssignment {
    CreditCardID?: string
    UserID?: string
    UserGroupID?: string
}