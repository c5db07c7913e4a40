
export interface BinInfo {
    country?: string
    product?: string
    bin?: string
    cardusestring?: string
    gsa?: boolean
    corporate?: boolean
    fsa?: boolean
    subtype?: string
    purchase?: boolean
    prepaid?: boolean
    issuer?: string
    binlo?: string
    binhi?: string
}