export interface RSMerknad {
    type: string
    beskrivelse?: string
}
