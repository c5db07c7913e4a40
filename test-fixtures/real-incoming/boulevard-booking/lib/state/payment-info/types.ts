export interface PaymentInformation {
    cardHoldersName: string
    cardNumber: string
    expirationDate: string
}
