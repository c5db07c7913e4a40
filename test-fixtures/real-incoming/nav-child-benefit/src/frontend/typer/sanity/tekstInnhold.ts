import {
    ESanitySteg,
    type ISanitySpørsmålDokument,
    type LocaleRecordBlock,
    type LocaleRecordString,
} from '../../../common/sanity';
import type { IDinLivssituasjonTekstinnhold } from '../../components/SøknadsSteg/DinLivssituasjon/innholdTyper';
import type { IDokumentasjonTekstinnhold } from '../../components/SøknadsSteg/Dokumentasjon/innholdTyper';
import type { IEøsForBarnTekstinnhold } from '../../components/SøknadsSteg/EøsSteg/Barn/innholdTyper';
import type { IEøsForSøkerTekstinnhold } from '../../components/SøknadsSteg/EøsSteg/Søker/innholdTyper';
import type { IKvitteringTekstinnhold } from '../../components/SøknadsSteg/Kvittering/innholdTyper';
import type { IOmBarnaTekstinnhold } from '../../components/SøknadsSteg/OmBarnaDine/innholdTyper';
import type { IOmBarnetTekstinnhold } from '../../components/SøknadsSteg/OmBarnet/innholdTyper';
import type { IOmDegTekstinnhold } from '../../components/SøknadsSteg/OmDeg/innholdTyper';
import type { IOppsummeringTekstinnhold } from '../../components/SøknadsSteg/Oppsummering/innholdTyper';
import type { IVelgBarnTekstinnhold } from '../../components/SøknadsSteg/VelgBarn/innholdTyper';

import type { IAndreUtbetalingerTekstinnhold } from './modaler/andreUtbetalinger';
import type { IArbeidsperiodeTekstinnhold } from './modaler/arbeidsperiode';
import type { IBarnetrygdsperiodeTekstinnhold } from './modaler/barnetrygdperiode';
import type { IBlokkerTilbakeknappTekstinnhold } from './modaler/blokkerTilbakeknapp';
import type { ILeggTilBarnTekstinnhold } from './modaler/leggTilBarn';
import type { IMistetInformasjonenDinModal } from './modaler/mistetInformasjonenDin';
import type { IPensjonsperiodeTekstinnhold } from './modaler/pensjonsperiode';
import type { IStartPåNyttModal } from './modaler/startPåNytt';
import type { ITidligereSamoboereTekstinnhold } from './modaler/tidligereSamboere';
import type { IUtenlandsoppholdTekstinnhold } from './modaler/utenlandsopphold';

export enum SanityPersonType {
    ANDRE_FORELDER = 'ANDRE_FORELDER',
    SOKER = 'SOKER',
    OMSORGSPERSON = 'OMSORGSPERSON',
    BARN = 'BARN',
}

export enum SanityModalPrefix {
    ARBEIDSPERIODE = 'MODAL_ARBEIDSPERIODE',
    BARNETRYGDSPERIODE = 'MODAL_BARNETRYGDSPERIODE',
    PENSJONSPERIODE = 'MODAL_PENSJONSPERIODE',
    ANDRE_UTBETALINGER = 'MODAL_ANDRE_UTBETALINGER',
    TIDLIGERE_SAMBOERE = 'MODAL_TIDLIGERE_SAMBOERE',
    UTENLANDSOPPHOLD = 'MODAL_UTENLANDSOPPHOLD',
    START_PAA_NYTT = 'MODAL_START_PAA_NYTT',
    LEGG_TIL_BARN = 'MODAL_LEGG_TIL_BARN',
    MISTET_INFORMASJONEN_DIN = 'MODAL_MISTET_INFORMASJONEN_DIN',
    BLOKKER_TILBAKEKNAPP = 'MODAL_BLOKKER_TILBAKE_KNAPP',
}

export interface ITekstinnhold {
    [ESanitySteg.FORSIDE]: IForsideTekstinnhold;
    [ESanitySteg.OM_DEG]: IOmDegTekstinnhold;
    [ESanitySteg.DIN_LIVSSITUASJON]: IDinLivssituasjonTekstinnhold;
    [ESanitySteg.VELG_BARN]: IVelgBarnTekstinnhold;
    [ESanitySteg.OM_BARNET]: IOmBarnetTekstinnhold;
    [ESanitySteg.OM_BARNA]: IOmBarnaTekstinnhold;
    [ESanitySteg.EØS_FOR_SØKER]: IEøsForSøkerTekstinnhold;
    [ESanitySteg.EØS_FOR_BARN]: IEøsForBarnTekstinnhold;
    [ESanitySteg.OPPSUMMERING]: IOppsummeringTekstinnhold;
    [ESanitySteg.DOKUMENTASJON]: IDokumentasjonTekstinnhold;
    [ESanitySteg.KVITTERING]: IKvitteringTekstinnhold;
    [ESanitySteg.FELLES]: IFellesTekstInnhold;
}

export interface IFellesTekstInnhold {
    frittståendeOrd: IFrittståendeOrdTekstinnhold;
    modaler: IModalerTekstinnhold;
    navigasjon: INavigasjonTekstinnhold;
    formateringsfeilmeldinger: IFormateringsfeilmeldingerTekstinnhold;
    vedlikeholdsarbeid: IVedlikeholdsarbeidTekstinnhold;
    kanIkkeBrukeSoeknad: IKanIkkeBrukeSoeknadTekstinnhold;
    hjelpeteksterForInput: IHjelpeteksterForInputTekstInnhold;
    alternativeTekster: IAlternativeTeksterTekstinnhold;
}

export interface IFrittståendeOrdTekstinnhold {
    i: LocaleRecordString;
    utenfor: LocaleRecordString;
    barn: LocaleRecordString;
    navn: LocaleRecordString;
    utlandet: LocaleRecordString;
    norge: LocaleRecordString;
    utenlandsk: LocaleRecordString;
    norsk: LocaleRecordString;
    ja: LocaleRecordString;
    nei: LocaleRecordString;
    jegVetIkke: LocaleRecordString;
    barnetrygd: LocaleRecordString;
    skjult: LocaleRecordString;
    av: LocaleRecordString;
    steg: LocaleRecordString;
    visAlleSteg: LocaleRecordString;
    skjulAlleSteg: LocaleRecordString;
    fra: LocaleRecordString;
    utenlandsopphold: LocaleRecordString;
    arbeidsperioder: LocaleRecordString;
    pensjonsperioder: LocaleRecordString;
    tidligereSamboere: LocaleRecordString;
    barnetrygdperioder: LocaleRecordString;
    utbetalingsperioder: LocaleRecordString;
    vedlegg: LocaleRecordString;
    vedleggMedFeil: LocaleRecordString;
    slipp: LocaleRecordString;
    eller: LocaleRecordString;
    og: LocaleRecordString;
    soeker: LocaleRecordString;
}

export interface INavigasjonTekstinnhold {
    startKnapp: LocaleRecordString;
    fortsettKnapp: LocaleRecordString;
    startPaaNyttKnapp: LocaleRecordString;
    duMaaRetteOppFoelgende: LocaleRecordString;
    avbrytSoeknad: LocaleRecordString;
    tilbakeKnapp: LocaleRecordString;
    gaaVidereKnapp: LocaleRecordString;
    sendSoeknadKnapp: LocaleRecordString;
    slettSoeknadKnapp: LocaleRecordString;
    fortsettSenereKnapp: LocaleRecordString;
    sistLagret: LocaleRecordString;
}

export interface IFormateringsfeilmeldingerTekstinnhold {
    ugyldigIDnummer: LocaleRecordString;
    ugyldigFoedselsnummer: LocaleRecordString;
    ugyldigRelasjon: LocaleRecordString;
    forLangAdresse: LocaleRecordString;
    ugyldigPostnummer: LocaleRecordString;
    ugyldigDato: LocaleRecordString;
    datoKanIkkeVaereFremITid: LocaleRecordString;
    datoKanIkkeVaereDagensDatoEllerFremITid: LocaleRecordString;
    periodeAvsluttesForTidlig: LocaleRecordString;
    datoKanIkkeVaereTilbakeITid: LocaleRecordString;
    datoKanIkkeVaere12MndTilbake: LocaleRecordString;
    ugyldigManed: LocaleRecordString;
    datoErForForsteGyldigeTidspunkt: LocaleRecordString;
    datoErEtterSisteGyldigeTidspunkt: LocaleRecordString;
    datoKanIkkeVareIFortid: LocaleRecordString;
    datoKanIkkeVareIFremtid: LocaleRecordString;
}

export interface IModalerTekstinnhold {
    arbeidsperiode: {
        søker: IArbeidsperiodeTekstinnhold;
        andreForelder: IArbeidsperiodeTekstinnhold;
        omsorgsperson: IArbeidsperiodeTekstinnhold;
    };
    barnetrygdsperiode: {
        søker: IBarnetrygdsperiodeTekstinnhold;
        andreForelder: IBarnetrygdsperiodeTekstinnhold;
        omsorgsperson: IBarnetrygdsperiodeTekstinnhold;
    };
    pensjonsperiode: {
        søker: IPensjonsperiodeTekstinnhold;
        andreForelder: IPensjonsperiodeTekstinnhold;
        omsorgsperson: IPensjonsperiodeTekstinnhold;
    };
    andreUtbetalinger: {
        søker: IAndreUtbetalingerTekstinnhold;
        andreForelder: IAndreUtbetalingerTekstinnhold;
        omsorgsperson: IAndreUtbetalingerTekstinnhold;
    };
    tidligereSamboere: {
        søker: ITidligereSamoboereTekstinnhold;
    };
    utenlandsopphold: {
        søker: IUtenlandsoppholdTekstinnhold;
        barn: IUtenlandsoppholdTekstinnhold;
        andreForelder: IUtenlandsoppholdTekstinnhold;
    };
    startPåNytt: IStartPåNyttModal;
    leggTilBarn: ILeggTilBarnTekstinnhold;
    mistetInformasjonenDin: IMistetInformasjonenDinModal;
    blokkerTilbakeknapp: IBlokkerTilbakeknappTekstinnhold;
}

export interface IForsideTekstinnhold {
    bekreftelsesboksTittel: LocaleRecordString;
    bekreftelsesboksBroedtekst: LocaleRecordBlock;
    bekreftelsesboksErklaering: LocaleRecordString;
    bekreftelsesboksFeilmelding: LocaleRecordString;
    soeknadstittelBarnetrygd: LocaleRecordBlock;
    veilederHei: LocaleRecordBlock;
    veilederIntro: LocaleRecordBlock;
    foerDuSoekerTittel: LocaleRecordBlock;
    foerDuSoeker: LocaleRecordBlock;
    informasjonOmPlikter: LocaleRecordBlock;
    informasjonOmPlikterTittel: LocaleRecordBlock;
    informasjonOmPersonopplysninger: LocaleRecordBlock;
    informasjonOmPersonopplysningerTittel: LocaleRecordBlock;
    informasjonOmLagringAvSvar: LocaleRecordBlock;
    informasjonOmLagringAvSvarTittel: LocaleRecordBlock;
    utvidetBarnetrygdAlert: LocaleRecordBlock;
    soekerDuUtvidet: ISanitySpørsmålDokument;
    mellomlagretAlert: LocaleRecordBlock;
}

export interface IVedlikeholdsarbeidTekstinnhold {
    vedlikeholdTittel: LocaleRecordBlock;
    vedlikeholdBroedtekst: LocaleRecordBlock;
    vedlikeholdVeileder: LocaleRecordBlock;
}

export interface IKanIkkeBrukeSoeknadTekstinnhold {
    brukPDFKontantstoette: LocaleRecordBlock;
}

export interface IHjelpeteksterForInputTekstInnhold {
    datoformatHjelpetekst: LocaleRecordBlock;
    datoformatPlaceholder: LocaleRecordBlock;
    manedformatHjelpetekst: LocaleRecordBlock;
    manedformatPlaceholder: LocaleRecordBlock;
    velgLandPlaceholder: LocaleRecordBlock;
}

export interface IAlternativeTeksterTekstinnhold {
    barneillustrajonAltTekst: LocaleRecordBlock;
}
