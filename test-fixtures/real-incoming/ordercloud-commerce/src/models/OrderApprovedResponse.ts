
export interface OrderApprovedResponse<TOrderApprovedResponseXp = any> {
    HttpStatusCode?: number
    UnhandledErrorBody?: string
    xp?: TOrderApprovedResponseXp
    Succeeded?: boolean
}