export type CommonGraphqlContext = {
    hpr: string
    patientIdent: string | null
}
