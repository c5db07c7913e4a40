export interface LocationMetadata {
    locationMetadataId: string;
    locationId: number;
    cautionMessage: string;
    welshCautionMessage: string;
    noListMessage: string;
    welshNoListMessage: string;
}
