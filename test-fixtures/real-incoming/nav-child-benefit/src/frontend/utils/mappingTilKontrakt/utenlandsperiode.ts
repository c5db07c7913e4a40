import type {
    ISøknadsfelt,
    IUtenlandsperiodeIKontraktFormat,
    TilRestLocaleRecord,
} from '../../../common/typer/kontrakt/generelle';
import {
    hentFraDatoSpørsmål,
    hentLandSpørsmål,
    hentTilDatoSpørsmål,
    hentUtenlandsoppholdÅrsak,
} from '../../components/Felleskomponenter/UtenlandsoppholdModal/utenlandsoppholdSpråkUtils';
import type { IBarnMedISøknad } from '../../typer/barn';
import type { IUtenlandsperiode } from '../../typer/perioder';
import type { IUtenlandsoppholdTekstinnhold } from '../../typer/sanity/modaler/utenlandsopphold';
import { landkodeTilSpråk } from '../språk';

import { sammeVerdiAlleSpråk, sammeVerdiAlleSpråkEllerUkjent, verdiCallbackAlleSpråk } from './hjelpefunksjoner';

interface UtenlandsperiodeIKontraktFormatParams {
    utenlandperiode: IUtenlandsperiode;
    periodeNummer: number;
    tekster: IUtenlandsoppholdTekstinnhold;
    tilRestLocaleRecord: TilRestLocaleRecord;
    barn?: IBarnMedISøknad;
}
export const utenlandsperiodeTilISøknadsfelt = ({
    utenlandperiode,
    periodeNummer,
    tekster,
    tilRestLocaleRecord,
    barn,
}: UtenlandsperiodeIKontraktFormatParams): ISøknadsfelt<IUtenlandsperiodeIKontraktFormat> => {
    const { periodeBeskrivelse } = tekster;

    return {
        label: tilRestLocaleRecord(tekster.oppsummeringstittel, {
            antall: periodeNummer.toString(),
        }),
        verdi: sammeVerdiAlleSpråk({
            utenlandsoppholdÅrsak: {
                label: tilRestLocaleRecord(periodeBeskrivelse.sporsmal, {
                    barnetsNavn: barn?.navn,
                }),
                verdi: tilRestLocaleRecord(
                    hentUtenlandsoppholdÅrsak(utenlandperiode.utenlandsoppholdÅrsak.svar, tekster),
                    { barnetsNavn: barn?.navn }
                ),
            },
            oppholdsland: {
                label: tilRestLocaleRecord(hentLandSpørsmål(utenlandperiode.utenlandsoppholdÅrsak.svar, tekster), {
                    barnetsNavn: barn?.navn,
                }),
                verdi: verdiCallbackAlleSpråk(locale => landkodeTilSpråk(utenlandperiode.oppholdsland.svar, locale)),
            },
            oppholdslandFraDato: {
                label: tilRestLocaleRecord(hentFraDatoSpørsmål(utenlandperiode.utenlandsoppholdÅrsak.svar, tekster), {
                    barnetsNavn: barn?.navn,
                }),
                verdi: sammeVerdiAlleSpråk(utenlandperiode.oppholdslandFraDato?.svar),
            },
            oppholdslandTilDato: {
                label: tilRestLocaleRecord(hentTilDatoSpørsmål(utenlandperiode.utenlandsoppholdÅrsak.svar, tekster), {
                    barnetsNavn: barn?.navn,
                }),
                verdi: sammeVerdiAlleSpråkEllerUkjent(
                    tilRestLocaleRecord,
                    utenlandperiode.oppholdslandTilDato?.svar,
                    tekster.sluttdatoFremtid.checkboxLabel
                ),
            },
        }),
    };
};
