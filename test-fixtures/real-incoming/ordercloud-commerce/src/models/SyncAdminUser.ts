
export interface SyncAdminUser {
    UserID?: string
}