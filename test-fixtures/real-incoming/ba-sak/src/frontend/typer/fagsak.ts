import type { VisningBehandling } from '@sider/Fagsak/Saksoversikt/visningBehandling';

import type { BehandlingKategori, BehandlingUnderkategori } from './behandlingstema';
import type { INøkkelPar } from './common';
import type { IInstitusjon } from './institusjon';
import type { Utbetalingsperiode } from './vedtaksperiode';

// Enum
export enum FagsakStatus {
    OPPRETTET = 'OPPRETTET',
    LØPENDE = 'LØPENDE',
    AVSLUTTET = 'AVSLUTTET',
    LÅST = 'LÅST',
}

export enum FagsakType {
    NORMAL = 'NORMAL',
    BARN_ENSLIG_MINDREÅRIG = 'BARN_ENSLIG_MINDREÅRIG',
    INSTITUSJON = 'INSTITUSJON',
    SKJERMET_BARN = 'SKJERMET_BARN',
}

// Interface
export interface IBaseFagsak {
    id: number;
    fagsakeier: string;
    opprettetTidspunkt: string;
    saksnummer: string;
    status: FagsakStatus;
    søkerFødselsnummer: string;
    underBehandling: boolean;
    løpendeKategori?: BehandlingKategori;
    løpendeUnderkategori?: BehandlingUnderkategori;
    fagsakType: FagsakType;
    institusjon?: IInstitusjon;
    finnesStrengtFortroligPersonIFagsak: boolean;
    låstTidspunkt?: string;
}

export function sjekkHarNormalFagsak(fagsaker: IBaseFagsak[] | undefined): boolean {
    return (fagsaker ?? []).some(fagsak => fagsak.fagsakType === FagsakType.NORMAL);
}

export function sjekkHarBarnEnsligMindreårigFagsak(fagsaker: IBaseFagsak[] | undefined): boolean {
    return (fagsaker ?? []).some(fagsak => fagsak.fagsakType === FagsakType.BARN_ENSLIG_MINDREÅRIG);
}

export interface IMinimalFagsak extends IBaseFagsak {
    migreringsdato?: string;
    behandlinger: VisningBehandling[];
    gjeldendeUtbetalingsperioder: Utbetalingsperiode[];
}

export function erFagsakAvTypeInstitusjon(fagsak: IMinimalFagsak) {
    return fagsak.fagsakType === FagsakType.INSTITUSJON;
}

export function erFagsakAvTypeEnsligMindreårig(fagsak: IMinimalFagsak) {
    return fagsak.fagsakType === FagsakType.BARN_ENSLIG_MINDREÅRIG;
}

export function erFagsakAvTypeSkjermetBarn(fagsak: IMinimalFagsak) {
    return fagsak.fagsakType === FagsakType.SKJERMET_BARN;
}

export const mapMinimalFagsakTilBaseFagsak = (it: IMinimalFagsak): IBaseFagsak => ({
    id: it.id,
    fagsakeier: it.fagsakeier,
    opprettetTidspunkt: it.opprettetTidspunkt,
    saksnummer: it.saksnummer,
    status: it.status,
    søkerFødselsnummer: it.søkerFødselsnummer,
    underBehandling: it.underBehandling,
    løpendeKategori: it.løpendeKategori,
    løpendeUnderkategori: it.løpendeUnderkategori,
    fagsakType: it.fagsakType,
    institusjon: it.institusjon,
    finnesStrengtFortroligPersonIFagsak: it.finnesStrengtFortroligPersonIFagsak,
    låstTidspunkt: it.låstTidspunkt,
});

export const fagsakStatus: INøkkelPar = {
    OPPRETTET: {
        id: 'OPPRETTET',
        navn: 'Opprettet',
    },
    LØPENDE: {
        id: 'LØPENDE',
        navn: 'Løpende',
    },
    AVSLUTTET: {
        id: 'AVSLUTTET',
        navn: 'Avsluttet',
    },
    LÅST: {
        id: 'LÅST',
        navn: 'Låst',
    },
};
