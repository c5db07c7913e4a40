export interface RSKjentOppholdstillatelse {
    fom: string
    tom?: string
}
