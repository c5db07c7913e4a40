export interface Location {
    locationId: number;
    name: string;
    jurisdiction: Array<string>;
    jurisdictionType: Array<string>;
    location: string;
    region: Array<string>;
    welshName: string;
    welshRegion: string;
    email: string;
    contactNo: string;
}
