export interface ArbeidsforholdFraInntektskomponenten {
    orgnummer: string
    navn: string
    arbeidsforholdstype: 'FRILANSER' | 'ARBEIDSTAKER'
}
