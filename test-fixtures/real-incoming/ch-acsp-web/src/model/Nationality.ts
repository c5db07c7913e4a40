export interface Nationality {
    firstNationality?: string,
    secondNationality?: string,
    thirdNationality?: string
}
