import type { PropsWithChildren } from 'react';
import { useState, useEffect, createContext, useContext } from 'react';

import { useBruker } from '@hooks/useBruker';
import { useErLesevisning } from '@hooks/useErLesevisning';
import { useFagsak } from '@hooks/useFagsak';
import type { IBehandling } from '@typer/behandling';
import { BehandlingUnderkategori } from '@typer/behandlingstema';
import { erFagsakAvTypeEnsligMindreårig, erFagsakAvTypeInstitusjon, erFagsakAvTypeSkjermetBarn } from '@typer/fagsak';
import { ForelderBarnRelasjonRolle, type IForelderBarnRelasjon } from '@typer/person';
import type { IBarnMedOpplysninger, IBarnMedOpplysningerBackend, IRestRegistrerSøknad, Målform } from '@typer/søknad';
import { hentBarnMedLøpendeUtbetaling } from '@utils/fagsak';
import { useNavigate } from 'react-router';

import type { Avhengigheter, FeiloppsummeringFeil, ISkjema } from '@navikt/familie-skjema';
import { feil, ok, useFelt, useSkjema } from '@navikt/familie-skjema';
import type { Ressurs } from '@navikt/familie-typer';
import { RessursStatus } from '@navikt/familie-typer';

import useDeepEffect from '../../../../../hooks/useDeepEffect';
import { useBehandlingContext } from '../../context/BehandlingContext';

interface SøknadSkjema {
    underkategori: BehandlingUnderkategori;
    barnaMedOpplysninger: IBarnMedOpplysninger[];
    endringAvOpplysningerBegrunnelse: string;
    målform: Målform | undefined;
}

interface SøknadContextValue {
    barnMedLøpendeUtbetaling: Set<string>;
    hentFeilTilOppsummering: () => FeiloppsummeringFeil[];
    nesteAction: (bekreftEndringerViaFrontend: boolean) => void;
    settVisBekreftModal: (vis: boolean) => void;
    skjema: ISkjema<SøknadSkjema, IBehandling>;
    søknadErLastetFraBackend: boolean;
    visBekreftModal: boolean;
}

const SøknadContext = createContext<SøknadContextValue | undefined>(undefined);

export const SøknadProvider = ({ children }: PropsWithChildren) => {
    const { behandling, settÅpenBehandling } = useBehandlingContext();

    const fagsak = useFagsak();
    const bruker = useBruker();
    const erLesevisning = useErLesevisning();
    const navigate = useNavigate();

    const [visBekreftModal, settVisBekreftModal] = useState<boolean>(false);

    const gjelderInstitusjon = erFagsakAvTypeInstitusjon(fagsak);
    const gjelderEnsligMindreårig = erFagsakAvTypeEnsligMindreårig(fagsak);
    const gjelderSkjermetBarn = erFagsakAvTypeSkjermetBarn(fagsak);

    const barnMedLøpendeUtbetaling = hentBarnMedLøpendeUtbetaling(fagsak);

    const { skjema, nullstillSkjema, onSubmit, hentFeilTilOppsummering } = useSkjema<SøknadSkjema, IBehandling>({
        felter: {
            underkategori: useFelt<BehandlingUnderkategori>({
                verdi:
                    behandling.underkategori === BehandlingUnderkategori.UTVIDET
                        ? BehandlingUnderkategori.UTVIDET
                        : BehandlingUnderkategori.ORDINÆR,
            }),
            barnaMedOpplysninger: useFelt<IBarnMedOpplysninger[]>({
                verdi: [],
                valideringsfunksjon: (felt, avhengigheter?: Avhengigheter) => {
                    return felt.verdi.some((barn: IBarnMedOpplysninger) => barn.merket) ||
                        (avhengigheter?.barnMedLøpendeUtbetaling.size ?? []) > 0
                        ? ok(felt)
                        : feil(felt, 'Ingen av barna er valgt.');
                },
                avhengigheter: { barnMedLøpendeUtbetaling },
            }),
            endringAvOpplysningerBegrunnelse: useFelt<string>({
                verdi: '',
            }),
            målform: useFelt<Målform | undefined>({
                verdi: undefined,
                valideringsfunksjon: felt =>
                    felt.verdi !== undefined ? ok(felt) : feil(felt, 'Målform er ikke valgt.'),
            }),
        },
        skjemanavn: 'Registrer søknad',
    });

    const [søknadErLastetFraBackend, settSøknadErLastetFraBackend] = useState(false);

    const tilbakestillSøknad = () => {
        nullstillSkjema();
        let barnaMedOpplysninger: IBarnMedOpplysninger[];
        if (gjelderInstitusjon || gjelderEnsligMindreårig || gjelderSkjermetBarn) {
            barnaMedOpplysninger = [
                {
                    merket: true,
                    ident: bruker.personIdent,
                    navn: bruker.navn,
                    fødselsdato: bruker.fødselsdato,
                    manueltRegistrert: false,
                    erFolkeregistrert: true,
                },
            ];
        } else {
            barnaMedOpplysninger = bruker.forelderBarnRelasjon
                .filter((relasjon: IForelderBarnRelasjon) => relasjon.relasjonRolle === ForelderBarnRelasjonRolle.BARN)
                .map(
                    (relasjon: IForelderBarnRelasjon): IBarnMedOpplysninger => ({
                        merket: false,
                        ident: relasjon.personIdent,
                        navn: relasjon.navn,
                        fødselsdato: relasjon.fødselsdato,
                        manueltRegistrert: false,
                        erFolkeregistrert: true,
                    })
                );
        }
        skjema.felter.barnaMedOpplysninger.validerOgSettFelt(barnaMedOpplysninger);
        settSøknadErLastetFraBackend(false);
    };

    useEffect(() => {
        tilbakestillSøknad();
    }, [bruker]);

    useDeepEffect(() => {
        if (behandling.søknadsgrunnlag) {
            settSøknadErLastetFraBackend(true);
            skjema.felter.barnaMedOpplysninger.validerOgSettFelt(
                behandling.søknadsgrunnlag.barnaMedOpplysninger.map(
                    (barnMedOpplysninger: IBarnMedOpplysningerBackend) => ({
                        ...barnMedOpplysninger,
                        merket: barnMedOpplysninger.inkludertISøknaden,
                    })
                )
            );

            skjema.felter.målform.validerOgSettFelt(behandling.søknadsgrunnlag.søkerMedOpplysninger.målform);
            skjema.felter.underkategori.validerOgSettFelt(behandling.søknadsgrunnlag.underkategori);
            skjema.felter.endringAvOpplysningerBegrunnelse.validerOgSettFelt(
                behandling.søknadsgrunnlag.endringAvOpplysningerBegrunnelse
            );
        } else {
            // Ny behandling er lastet som ikke har fullført søknad-steget.
            tilbakestillSøknad();
        }
    }, [behandling.behandlingId, behandling.søknadsgrunnlag]);

    const nesteAction = (bekreftEndringerViaFrontend: boolean) => {
        if (erLesevisning) {
            navigate(`/fagsak/${fagsak.id}/${behandling.behandlingId}/vilkaarsvurdering`);
        } else {
            onSubmit<IRestRegistrerSøknad>(
                {
                    method: 'POST',
                    data: {
                        søknad: {
                            underkategori: skjema.felter.underkategori.verdi,
                            søkerMedOpplysninger: {
                                ident: fagsak.søkerFødselsnummer,
                                målform: skjema.felter.målform.verdi,
                            },
                            barnaMedOpplysninger: skjema.felter.barnaMedOpplysninger.verdi.map(
                                (barn: IBarnMedOpplysninger): IBarnMedOpplysningerBackend => ({
                                    ...barn,
                                    inkludertISøknaden: barn.merket,
                                })
                            ),
                            endringAvOpplysningerBegrunnelse: skjema.felter.endringAvOpplysningerBegrunnelse.verdi,
                            erAutomatiskRegistrert: false,
                        },
                        bekreftEndringerViaFrontend,
                    },
                    url: `/familie-ba-sak/api/behandlinger/${behandling.behandlingId}/steg/registrer-søknad`,
                },
                (response: Ressurs<IBehandling>) => {
                    if (response.status === RessursStatus.SUKSESS) {
                        settÅpenBehandling(response);
                        navigate(`/fagsak/${fagsak.id}/${behandling.behandlingId}/vilkaarsvurdering`);
                    }
                },
                (errorResponse: Ressurs<IBehandling>) => {
                    if (errorResponse.status === RessursStatus.FUNKSJONELL_FEIL) {
                        settVisBekreftModal(true);
                    }
                }
            );
        }
    };

    return (
        <SøknadContext.Provider
            value={{
                barnMedLøpendeUtbetaling,
                hentFeilTilOppsummering,
                nesteAction,
                settVisBekreftModal,
                skjema,
                søknadErLastetFraBackend,
                visBekreftModal,
            }}
        >
            {children}
        </SøknadContext.Provider>
    );
};

export const useSøknadContext = () => {
    const context = useContext(SøknadContext);

    if (context === undefined) {
        throw new Error('useSøknadContext må brukes innenfor en SøknadProvider');
    }

    return context;
};
