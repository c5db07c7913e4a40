
export interface BundleCatalogAssignment {
    CatalogID?: string
    BundleID?: string
}