
export interface BuyerXp {
    MarkupPercent?: number
    URL?: string
}