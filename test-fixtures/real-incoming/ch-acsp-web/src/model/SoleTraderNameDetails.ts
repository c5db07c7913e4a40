export interface soleTraderNameDetails {
    forename?: string;
    otherForenames?: string;
    surname?: string;
}
