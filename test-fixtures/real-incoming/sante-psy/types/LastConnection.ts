export type LastConnection = {
    psychologistId: string,
    at: Date
}
