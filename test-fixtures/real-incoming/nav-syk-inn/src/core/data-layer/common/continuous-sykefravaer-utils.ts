import { differenceInDays } from 'date-fns'
import * as R from 'remeda'

import { SykInnApiSykmelding, SykInnApiSykmeldingRedacted } from '#core/services/syk-inn-api/schema/sykmelding'
import { AktivitetsPeriode } from '#features/ny-sykmelding-form/form/types'
import { raise } from '#lib/ts'
import { SykmeldingFragment } from '#queries'

import { earliestFom, latestTom } from './sykmelding-utils'

export interface SykmeldingDateRange {
    earliestFom: string
    latestTom: string
    utdypendeSporsmal?: UtdypendeSporsmal | null
}

interface UtdypendeSporsmal {
    utfordringerMedArbeid?: string | null
    medisinskOppsummering?: string | null
}

// We need to convert to date ranges first, so we can properly add tilbakedaterte sykmeldinger and filter on gaps later on.
export function mapSykmeldingToDateRanges(sykmeldinger: SykmeldingFragment[]): SykmeldingDateRange[] {
    return R.pipe(
        sykmeldinger,
        R.filter((it) => it.utfall?.result === 'OK'),
        R.map((it) => ({
            earliestFom: earliestFom(it),
            latestTom: latestTom(it),
            utdypendeSporsmal: it.values.__typename === 'SykmeldingFullValues' ? it.values.utdypendeSporsmal : null,
        })),
    )
}

export function mapSykInnApiSykmeldingerToDateRanges(
    sykmeldinger: { utfall?: { result: string }; values: { aktivitet: { fom: string; tom: string }[] } }[],
): SykmeldingDateRange[] {
    return R.pipe(
        sykmeldinger,
        R.filter((it) => it.utfall?.result === 'OK'),
        R.map((it) => ({
            earliestFom: earliestFom(it),
            latestTom: latestTom(it),
        })),
    )
}

export function currentSykmeldingIsAktivitetIkkeMulig(perioder: AktivitetsPeriode[]): boolean {
    if (perioder.length === 0) return false

    const latestTomPeriode = R.firstBy(perioder, [(it) => it.periode.tom ?? '', 'desc'])
    return latestTomPeriode?.aktivitet.type === 'AKTIVITET_IKKE_MULIG' ? true : false
}

export function filterSykmeldingerWithinDaysGap(
    sykmeldinger: (SykInnApiSykmelding | SykInnApiSykmeldingRedacted)[],
): (SykInnApiSykmelding | SykInnApiSykmeldingRedacted)[] {
    const ISYFO_MAX_DAYS_GAP = 16

    const sortedSykmeldinger = R.sortBy(sykmeldinger, [(it) => latestTom(it), 'desc'])

    const filteredSykmeldinger: (SykInnApiSykmelding | SykInnApiSykmeldingRedacted)[] = []
    for (const [i, sykmelding] of sortedSykmeldinger.entries()) {
        if (i === 0) {
            filteredSykmeldinger.push(sykmelding)
            continue
        }
        const prev = sortedSykmeldinger[i - 1]
        const prevFom = prev.values.aktivitet[0].fom

        const currentTom = sykmelding.values.aktivitet[0].tom

        const diff = differenceInDays(new Date(prevFom), new Date(currentTom))
        if (diff < ISYFO_MAX_DAYS_GAP) filteredSykmeldinger.push(sykmelding)
        else break
    }
    return filteredSykmeldinger
}

export function calculateTotalLengthOfSykmeldinger(ranges: SykmeldingDateRange[]): number {
    if (ranges.length === 0) {
        return 0
    }

    // Never assume things are sorted, devs make mistakes
    const sortedRanges = R.sortBy(ranges, [(it) => it.latestTom, 'desc'])

    const fom = R.last(sortedRanges) ?? raise('No last element')
    const tom = R.first(sortedRanges) ?? raise('No first element')

    const days = differenceInDays(tom.latestTom, fom.earliestFom) + 1
    return days
}

export function mergeCurrentAndPreviousSykmeldinger(
    current: SykmeldingFragment[] | undefined,
    previous: SykmeldingFragment[] | undefined,
): SykmeldingFragment[] {
    return R.pipe([current ?? [], previous ?? []], R.flat(), R.sortBy([(it) => latestTom(it), 'desc']))
}
