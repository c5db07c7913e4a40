export type SummarySectionValues = {
    skalSkjermes: boolean | null
}
