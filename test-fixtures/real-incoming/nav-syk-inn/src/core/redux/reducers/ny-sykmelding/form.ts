import { Diagnose } from '#data-layer/common/diagnose'
import { TilbakedateringGrunn } from '#data-layer/common/tilbakedatering'
import { AnnenFravarsgrunnArsak, ArbeidsrelatertArsakType } from '#queries'

export type NySykmeldingArbeidsforhold = {
    harFlereArbeidsforhold: boolean | null
    sykmeldtFraArbeidsforhold: string | null
}

export type NySykmeldingAktivitet =
    | {
          type: 'AKTIVITET_IKKE_MULIG'
          fom: string
          tom: string | null
          arbeidsrelatertArsak: NySykmeldingArbeidsrelatertArsak
      }
    | {
          type: 'GRADERT'
          fom: string
          tom: string | null
          grad: number | null
          reisetilskudd: boolean | null
      }
    | {
          type: 'BEHANDLINGSDAGER'
          fom: string
          tom: string | null
      }
    | {
          type: 'REISETILSKUDD'
          fom: string
          tom: string | null
      }

type NySykmeldingArbeidsrelatertArsak = {
    isArbeidsrelatertArsak: boolean | null
    arbeidsrelaterteArsaker: ArbeidsrelatertArsakType[] | null
    annenArbeidsrelatertArsak: string | null
}

export type NySykmeldingTilbakedatering = {
    fom: string
    grunn: TilbakedateringGrunn
    annenGrunn: string | null
}

export type NySykmeldingMeldinger = {
    showTilNav: boolean | null
    showTilArbeidsgiver: boolean | null
    tilNav: string | null
    tilArbeidsgiver: string | null
}

export type NySykmeldingDiagnoser = {
    hoved: Diagnose
    bi: Diagnose[]
}

export type NySykmeldingAndreSporsmal = {
    svangerskapsrelatert: boolean
    yrkesskade: boolean
    yrkesskadeDato: string | null
}

export type NySykmeldingUtdypendeSporsmal = {
    utfordringerMedArbeid: string | null
    medisinskOppsummering: string | null
    hensynPaArbeidsplassen: string | null
    sykdomsutvikling: string | null
    arbeidsrelaterteUtfordringer: string | null
    behandlingOgFremtidigArbeid: string | null
    uavklarteForhold: string | null
    oppdatertMedisinskStatus: string | null
    realistiskMestringArbeid: string | null
    forventetHelsetilstandUtvikling: string | null
    medisinskeHensyn: string | null
}

export type NySykmeldingAnnenFravarsgrunn = {
    harFravarsgrunn: boolean
    fravarsgrunn: AnnenFravarsgrunnArsak | null
}

export type NySykmeldingFormState = {
    arbeidsforhold: NySykmeldingArbeidsforhold | null
    aktiviteter: NySykmeldingAktivitet[] | null
    tilbakedatering: NySykmeldingTilbakedatering | null
    diagnose: NySykmeldingDiagnoser | null
    meldinger: NySykmeldingMeldinger | null
    andreSporsmal: NySykmeldingAndreSporsmal | null
    utdypendeSporsmal: NySykmeldingUtdypendeSporsmal | null
    annenFravarsgrunn: NySykmeldingAnnenFravarsgrunn | null
}

export type NySykmeldingFormPayload = {
    arbeidsforhold: NySykmeldingArbeidsforhold | null
    aktiviteter: NySykmeldingAktivitet[]
    tilbakedatering: NySykmeldingTilbakedatering | null
    diagnose: NySykmeldingDiagnoser
    meldinger: NySykmeldingMeldinger
    andreSporsmal: NySykmeldingAndreSporsmal
    utdypendeSporsmal: NySykmeldingUtdypendeSporsmal | null
    annenFravarsgrunn: NySykmeldingAnnenFravarsgrunn
}
