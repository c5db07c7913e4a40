import { logger } from '@navikt/next-logger'
import * as R from 'remeda'

import { Diagnose } from '#data-layer/common/diagnose'
import { TilbakedateringGrunn } from '#data-layer/common/tilbakedatering'
import { defaultArbeidsforhold } from '#features/ny-sykmelding-form/form/default-values'
import {
    AktivitetsPeriode,
    NySykmeldingMainFormValues,
    TilbakedateringField,
} from '#features/ny-sykmelding-form/form/types'
import { dateOnly } from '#lib/date'
import { raise } from '#lib/ts'
import { DiagnoseFragment, SykmeldingFullFragment } from '#queries'

export function fullSykmeldingFragmentToNySykmeldingFormValues(
    sykmelding: SykmeldingFullFragment,
): Omit<NySykmeldingMainFormValues, 'perioder' | 'meldinger'> {
    return {
        tilbakedatering: toTilbakedatering(sykmelding.values.tilbakedatering),
        arbeidsforhold: sykmelding.values.arbeidsgiver?.harFlere
            ? {
                  harFlereArbeidsforhold: 'JA',
                  sykmeldtFraArbeidsforhold: sykmelding.values.arbeidsgiver.arbeidsgivernavn,
                  aaregArbeidsforhold: sykmelding.values.arbeidsgiver.arbeidsgivernavn,
              }
            : defaultArbeidsforhold(),
        andreSporsmal: {
            yrkesskade: sykmelding.values.yrkesskade
                ? {
                      yrkesskade: sykmelding.values.yrkesskade.yrkesskade,
                      skadedato: sykmelding.values.yrkesskade.skadedato ?? null,
                  }
                : null,
            svangerskapsrelatert: sykmelding.values.svangerskapsrelatert ?? false,
        },
        diagnoser: sykmeldingDiagnoserFragmentToSykmeldingFormValues(sykmelding.values),
        annenFravarsgrunn: sykmelding.values.annenFravarsgrunn
            ? {
                  harFravarsgrunn: true,
                  fravarsgrunn: sykmelding.values.annenFravarsgrunn,
              }
            : {
                  harFravarsgrunn: false,
                  fravarsgrunn: null,
              },
        utdypendeSporsmal: null,
    }
}

export function sykmeldingDiagnoserFragmentToSykmeldingFormValues(
    diagnoser: Pick<SykmeldingFullFragment['values'], 'hoveddiagnose' | 'bidiagnoser'>,
): NySykmeldingMainFormValues['diagnoser'] {
    return {
        hoved: diagnoser.hoveddiagnose
            ? {
                  code: diagnoser.hoveddiagnose.code,
                  system: diagnoser.hoveddiagnose.system,
                  text: diagnoser.hoveddiagnose.text,
              }
            : raise('Form does not support sykmeldinger without hoveddiagnose yet'),
        bidiagnoser: diagnoser.bidiagnoser
            ? diagnoser.bidiagnoser.map((it) => ({
                  code: it.code,
                  system: it.system,
                  text: it.text,
              }))
            : [],
    }
}

export function sykmeldingFragmentAktivitetToFormValue(
    periode: { fom: string; tom: string | null },
    aktivitet: SykmeldingFullFragment['values']['aktivitet'][0],
): AktivitetsPeriode {
    switch (aktivitet.__typename) {
        case 'AktivitetIkkeMulig':
            return {
                periode: { fom: periode.fom, tom: periode.tom },
                aktivitet: {
                    type: 'AKTIVITET_IKKE_MULIG',
                    gradert: { grad: null, reisetilskudd: false },
                    aktivitetIkkeMulig: {
                        isArbeidsrelatertArsak: aktivitet.arbeidsrelatertArsak?.isArbeidsrelatertArsak ?? false,
                        arbeidsrelaterteArsaker: aktivitet.arbeidsrelatertArsak?.arbeidsrelaterteArsaker ?? [],
                        annenArbeidsrelatertArsak: aktivitet.arbeidsrelatertArsak?.annenArbeidsrelatertArsak ?? null,
                    },
                },
            } satisfies AktivitetsPeriode

        case 'Gradert':
            return {
                periode: { fom: periode.fom, tom: periode.tom },
                aktivitet: {
                    type: 'GRADERT',
                    gradert: {
                        grad: aktivitet.grad.toFixed(0),
                        reisetilskudd: aktivitet.reisetilskudd,
                    },
                    aktivitetIkkeMulig: {
                        isArbeidsrelatertArsak: false,
                        arbeidsrelaterteArsaker: null,
                        annenArbeidsrelatertArsak: null,
                    },
                },
            } satisfies AktivitetsPeriode
        case 'Behandlingsdager':
            return {
                periode: { fom: periode.fom, tom: periode.tom },
                aktivitet: {
                    type: 'BEHANDLINGSDAGER',
                    gradert: { grad: null, reisetilskudd: false },
                    aktivitetIkkeMulig: {
                        isArbeidsrelatertArsak: false,
                        arbeidsrelaterteArsaker: null,
                        annenArbeidsrelatertArsak: null,
                    },
                },
            } satisfies AktivitetsPeriode
        case 'Reisetilskudd':
            return {
                periode: { fom: periode.fom, tom: periode.tom },
                aktivitet: {
                    type: 'REISETILSKUDD',
                    gradert: { grad: null, reisetilskudd: false },
                    aktivitetIkkeMulig: {
                        isArbeidsrelatertArsak: false,
                        arbeidsrelaterteArsaker: null,
                        annenArbeidsrelatertArsak: null,
                    },
                },
            } satisfies AktivitetsPeriode
        case 'Avventende':
            logger.error(`Forlengelse with aktivitet of type ${aktivitet.type} is not supported yet`)
            return {
                // This should not happen unless the user forlengs sykmeldinger from a non-syk-inn source, but
                // this is in essence duplicated getDefaultPeriode from form-default-values.ts
                aktivitet: {
                    type: 'GRADERT',
                    gradert: { grad: null, reisetilskudd: false },
                    aktivitetIkkeMulig: {
                        isArbeidsrelatertArsak: false,
                        arbeidsrelaterteArsaker: null,
                        annenArbeidsrelatertArsak: null,
                    },
                },
                periode: {
                    fom: dateOnly(new Date()),
                    tom: null,
                },
            } satisfies AktivitetsPeriode
    }
}

export function serverDiagnoseSuggestionToFormValue(diagnose: DiagnoseFragment | null): Diagnose | null {
    if (diagnose == null) return null

    return R.omit(diagnose, ['__typename'])
}

function toTilbakedatering(
    tilbakedatering: SykmeldingFullFragment['values']['tilbakedatering'] | null,
): TilbakedateringField | null {
    if (!tilbakedatering || tilbakedatering.begrunnelse == null) {
        return null
    }

    const grunn = toTilbakedateringGrunn(tilbakedatering.begrunnelse)

    return {
        fom: tilbakedatering.startdato,
        grunn: grunn,
        annenGrunn: grunn === 'ANNET' ? tilbakedatering.begrunnelse : null,
    }
}

function toTilbakedateringGrunn(begrunnelse: string): TilbakedateringGrunn {
    switch (begrunnelse) {
        case 'Ventetid på legetime':
            return 'VENTETID_LEGETIME'
        case 'Manglende sykdomsinnsikt grunnet alvorlig psykisk sykdom':
            return 'MANGLENDE_SYKDOMSINNSIKT_GRUNNET_ALVORLIG_PSYKISK_SYKDOM'
        default:
            return 'ANNET'
    }
}
