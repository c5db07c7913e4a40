export interface UserSubscriptions {
    caseSubscriptions: any[];
    listTypeSubscriptions: any[];
    locationSubscriptions: any[];
}
