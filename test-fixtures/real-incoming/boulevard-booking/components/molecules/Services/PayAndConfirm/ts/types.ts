export interface Card {
    name: string
    number: string
    cvv: string
    exp_month: number
    exp_year: number
    address_postal_code: string
}
