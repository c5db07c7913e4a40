export interface ServiceIds {
    serviceIds: string[];
}
