
export interface HSCatalogAssignmentResponse {
    LocationID?: string
    CatalogID?: string
}