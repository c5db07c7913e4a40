import { ESvar } from '@navikt/familie-form-elements';
import { type FeltState, feil, ok, useFelt, useSkjema, Valideringsstatus } from '@navikt/familie-skjema';

import { useAppContext } from '../../../context/AppContext';
import useJaNeiSpmFelt from '../../../hooks/useJaNeiSpmFelt';
import useLanddropdownFelt from '../../../hooks/useLanddropdownFelt';
import useDatovelgerFeltForSanity from '../../../hooks/useSendInnSkjemaTest/useDatovelgerForSanity';
import type { IBarnMedISøknad } from '../../../typer/barn';
import { PersonType } from '../../../typer/personType';
import type { IBarnetrygdsperiodeTekstinnhold } from '../../../typer/sanity/modaler/barnetrygdperiode';
import type { IBarnetrygdperioderFeltTyper } from '../../../typer/skjema';
import { dagenEtterDato, dagensDato, gårsdagensDato, sisteDagDenneMåneden, stringTilDate } from '../../../utils/dato';
import { trimWhiteSpace } from '../../../utils/hjelpefunksjoner';
import TekstBlock from '../Sanity/TekstBlock';

import { BarnetrygdperiodeSpørsmålId } from './spørsmål';

export interface IUsePensjonsperiodeSkjemaParams {
    personType: PersonType;
    erDød?: boolean;
    barn: IBarnMedISøknad;
}

export const useBarnetrygdperiodeSkjema = (personType: PersonType, erDød) => {
    const { tekster } = useAppContext();

    const teksterForPersonType: IBarnetrygdsperiodeTekstinnhold =
        tekster().FELLES.modaler.barnetrygdsperiode[personType];

    const mottarEøsBarnetrygdNå = useJaNeiSpmFelt({
        søknadsfelt: { id: BarnetrygdperiodeSpørsmålId.mottarEøsBarnetrygdNå, svar: null },
        feilmelding: teksterForPersonType.mottarBarnetrygdNa.feilmelding,
        skalSkjules: erDød,
    });

    const andreForelderErDød = personType === PersonType.AndreForelder && erDød;

    const periodenErAvsluttet = mottarEøsBarnetrygdNå.verdi === ESvar.NEI || andreForelderErDød;

    const barnetrygdsland = useLanddropdownFelt({
        søknadsfelt: { id: BarnetrygdperiodeSpørsmålId.barnetrygdsland, svar: '' },
        feilmelding: periodenErAvsluttet
            ? teksterForPersonType.barnetrygdLandFortid.feilmelding
            : teksterForPersonType.barnetrygdLandNatid.feilmelding,
        skalFeltetVises: mottarEøsBarnetrygdNå.valideringsstatus === Valideringsstatus.OK || andreForelderErDød,
        nullstillVedAvhengighetEndring: true,
    });

    const fraDatoBarnetrygdperiode = useDatovelgerFeltForSanity({
        søknadsfelt: { id: BarnetrygdperiodeSpørsmålId.fraDatoBarnetrygdperiode, svar: '' },
        skalFeltetVises: mottarEøsBarnetrygdNå.valideringsstatus === Valideringsstatus.OK || andreForelderErDød,
        feilmelding: teksterForPersonType.startdato.feilmelding,
        sluttdatoAvgrensning: periodenErAvsluttet ? gårsdagensDato() : dagensDato(),
    });

    const tilDatoBarnetrygdperiodeSluttdatoAvgrensning = sisteDagDenneMåneden();

    const tilDatoBarnetrygdperiode = useDatovelgerFeltForSanity({
        søknadsfelt: { id: BarnetrygdperiodeSpørsmålId.tilDatoBarnetrygdperiode, svar: '' },
        skalFeltetVises: periodenErAvsluttet || andreForelderErDød,
        feilmelding: teksterForPersonType.sluttdato.feilmelding,
        sluttdatoAvgrensning: tilDatoBarnetrygdperiodeSluttdatoAvgrensning,
        startdatoAvgrensning: fraDatoBarnetrygdperiode.verdi
            ? dagenEtterDato(stringTilDate(fraDatoBarnetrygdperiode.verdi))
            : undefined,
        avhengigheter: { fraDatoBarnetrygdperiode },
        nullstillVedAvhengighetEndring: false,
    });

    const månedligBeløp = useFelt<string>({
        verdi: '',
        feltId: BarnetrygdperiodeSpørsmålId.månedligBeløp,
        valideringsfunksjon: (felt: FeltState<string>) => {
            const verdi = trimWhiteSpace(felt.verdi);
            if (verdi.match(/^[0-9\s.\\/]{1,20}$/)) {
                return ok(felt);
            } else {
                return feil(
                    felt,
                    <TekstBlock
                        block={
                            verdi === ''
                                ? teksterForPersonType.belopPerManed.feilmelding
                                : teksterForPersonType.belopFormatFeilmelding
                        }
                    />
                );
            }
        },

        skalFeltetVises: avhengigheter =>
            avhengigheter.mottarEøsBarnetrygdNå.valideringsstatus === Valideringsstatus.OK || andreForelderErDød,
        avhengigheter: { mottarEøsBarnetrygdNå },
    });

    const skjema = useSkjema<IBarnetrygdperioderFeltTyper, 'string'>({
        felter: {
            mottarEøsBarnetrygdNå,
            barnetrygdsland,
            fraDatoBarnetrygdperiode,
            tilDatoBarnetrygdperiode,
            månedligBeløp,
        },

        skjemanavn: 'barnetrygdperioder',
    });

    return {
        ...skjema,
        validerFelterOgVisFeilmelding: skjema.kanSendeSkjema,
    };
};
