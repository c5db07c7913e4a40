
export interface Locale {
    ID?: string
    OwnerID?: string
    Currency: string
    Language?: string
}