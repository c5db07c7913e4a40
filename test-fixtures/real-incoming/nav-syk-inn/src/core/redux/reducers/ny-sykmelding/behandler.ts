export type BehandlerSummaryMeta = {
    organisasjonsnummer: string | null
    legekontorTlf: string | null
}
