export type SuspensionReason = {
    psychologistId: string,
    reason: string,
    until: Date,
    createdAt: Date,
}
