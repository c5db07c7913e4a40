import React from 'react';

import { Accordion, Alert, Box, Label, TextField, Textarea } from '@navikt/ds-react';
import ArbeidstidKalender from 'app/components/arbeidstid/ArbeidstidKalender';
import { LegacyCheckbox, LegacyCheckboxGroup } from 'app/components/legacy-form-compat/checkbox';
import { LegacyJaNeiRadioGroup } from 'app/components/legacy-form-compat/radio';
import Datovelger from 'app/components/skjema/Datovelger/Datovelger';
import UhaanderteFeilmeldinger from 'app/components/skjema/UhaanderteFeilmeldinger';
import { periodeSpenn } from 'app/components/skjema/skjemaUtils';
import { Arbeidsforhold, JaNei } from 'app/models/enums';
import { PunchFormPaneler } from 'app/models/enums/PunchFormPaneler';
import { Virksomhetstyper } from 'app/models/enums/Virksomhetstyper';
import intlHelper from 'app/utils/intlUtils';
import { cloneDeep, set } from 'lodash';
import { FormattedMessage, useIntl } from 'react-intl';
import { arbeidstidInformasjon } from '../../../../components/ArbeidstidInfo';
import VerticalSpacer from '../../../../components/VerticalSpacer';
import { CountrySelect } from '../../../../components/country-select/CountrySelect';
import { Arbeidstaker } from '../../../../models/types/Arbeidstaker';
import { IPSBSoknad, PSBSoknad } from '../../../../models/types/PSBSoknad';
import { IPeriode } from '../../../../models/types/Periode';
import Arbeidstakerperioder from './Arbeidstakerperioder';

const erYngreEnn4år = (dato: string) => {
    const fireAarSiden = new Date();
    fireAarSiden.setFullYear(fireAarSiden.getFullYear() - 4);
    return new Date(dato) > fireAarSiden;
};

const erEldreEnn4år = (dato: string) => {
    const fireAarSiden = new Date();
    fireAarSiden.setFullYear(fireAarSiden.getFullYear() - 4);
    return new Date(dato) < fireAarSiden;
};

interface Props {
    isOpen: boolean;
    onPanelClick: () => void;
    handleArbeidsforholdChange: (af: Arbeidsforhold, checked: boolean) => void;
    soknad: PSBSoknad;
    søknadsperioder: IPeriode[];
    initialArbeidstaker: Arbeidstaker;
    updateSoknad: (soknad: Partial<IPSBSoknad>) => void;
    updateSoknadState: (soknad: Partial<IPSBSoknad>, showStatus?: boolean) => void;
    getErrorMessage: (attribute: string, indeks?: number) => string | undefined;
    getUhaandterteFeil: (kode: string) => (string | undefined)[];
    handleFrilanserChange: (jaNei: JaNei) => void;
    updateVirksomhetstyper: (v: Virksomhetstyper, checked: boolean) => void;
}

const ArbeidsforholdPanel = ({
    isOpen,
    onPanelClick,
    handleArbeidsforholdChange,
    soknad,
    updateSoknad,
    updateSoknadState,
    getErrorMessage,
    getUhaandterteFeil,
    handleFrilanserChange,
    updateVirksomhetstyper,
    initialArbeidstaker,
    søknadsperioder,
}: Props): JSX.Element => {
    const intl = useIntl();

    const [harRegnskapsfører, setHasRegnskapsfører] = React.useState(false);

    const limitFromDate = new Date();
    limitFromDate.setFullYear(limitFromDate.getFullYear() - 60);

    const frilanserperioder = () => {
        const arbeid = soknad.arbeidstid;
        const opptjening = soknad.opptjeningAktivitet;
        const oppdatertArbeidstid = (path: string, perioder: unknown) => {
            const arbeidKopi = arbeid ? cloneDeep(arbeid) : {};
            return set(arbeidKopi, path, perioder);
        };

        return (
            <>
                <Datovelger
                    id="frilanser-startdato"
                    value={soknad.opptjeningAktivitet.frilanser?.startdato || ''}
                    className="frilanser-startdato"
                    label={intlHelper(intl, 'skjema.frilanserdato')}
                    errorMessage={getErrorMessage('ytelse.opptjeningAktivitet.frilanser.startdato')}
                    fromDate={limitFromDate}
                    onChange={(selectedDate: any) => {
                        updateSoknadState(
                            {
                                opptjeningAktivitet: {
                                    ...opptjening,
                                    frilanser: {
                                        ...soknad.opptjeningAktivitet.frilanser,
                                        startdato: selectedDate,
                                    },
                                },
                            },
                            false,
                        );
                        updateSoknad({
                            opptjeningAktivitet: {
                                ...opptjening,
                                frilanser: {
                                    ...soknad.opptjeningAktivitet.frilanser,
                                    startdato: selectedDate,
                                },
                            },
                        });
                    }}
                />
                <LegacyJaNeiRadioGroup
                    className="horizontalRadios"
                    name="fortsattFrilanser"
                    legend={intlHelper(intl, 'skjema.fortsattfrilanser')}
                    checked={
                        opptjening.frilanser && opptjening.frilanser.jobberFortsattSomFrilans ? JaNei.JA : JaNei.NEI
                    }
                    onChange={(_, value) => {
                        handleFrilanserChange(value);
                    }}
                />

                {!opptjening.frilanser?.jobberFortsattSomFrilans && (
                    <Datovelger
                        id="frilanser-sluttdato"
                        value={soknad.opptjeningAktivitet.frilanser?.sluttdato || ''}
                        className="frilanser-sluttdato"
                        label={intlHelper(intl, 'skjema.frilanserdato.slutt')}
                        fromDate={limitFromDate}
                        onChange={(selectedDate: any) => {
                            updateSoknadState(
                                {
                                    opptjeningAktivitet: {
                                        ...opptjening,
                                        frilanser: {
                                            ...soknad.opptjeningAktivitet.frilanser,
                                            sluttdato: selectedDate,
                                        },
                                    },
                                },
                                false,
                            );
                            updateSoknad({
                                opptjeningAktivitet: {
                                    ...opptjening,
                                    frilanser: {
                                        ...soknad.opptjeningAktivitet.frilanser,
                                        sluttdato: selectedDate,
                                    },
                                },
                            });
                        }}
                    />
                )}
                {soknad.opptjeningAktivitet.frilanser?.jobberFortsattSomFrilans && (
                    <>
                        {arbeidstidInformasjon()}

                        <VerticalSpacer eightPx />

                        <ArbeidstidKalender
                            søknadsperioder={søknadsperioder}
                            updateSoknad={(perioder) => {
                                updateSoknad({
                                    arbeidstid: oppdatertArbeidstid('frilanserArbeidstidInfo.perioder', perioder),
                                });
                            }}
                            updateSoknadState={(perioder) =>
                                updateSoknadState({
                                    arbeidstid: oppdatertArbeidstid('frilanserArbeidstidInfo.perioder', perioder),
                                })
                            }
                            arbeidstidInfo={soknad.arbeidstid?.frilanserArbeidstidInfo}
                        />

                        <div data-testid="frilanser-arbeidstid-validation-errors">
                            <UhaanderteFeilmeldinger
                                getFeilmeldinger={() =>
                                    (getUhaandterteFeil &&
                                        getUhaandterteFeil('ytelse.arbeidstid.frilanserArbeidstidInfo')) ||
                                    []
                                }
                            />
                        </div>
                    </>
                )}
            </>
        );
    };

    const handleRegnskapsførerChange = (jn: JaNei) => {
        if (jn === JaNei.JA) {
            setHasRegnskapsfører(true);
        } else {
            setHasRegnskapsfører(false);
            updateSoknad({
                opptjeningAktivitet: {
                    ...soknad.opptjeningAktivitet,
                    selvstendigNaeringsdrivende: {
                        ...soknad.opptjeningAktivitet.selvstendigNaeringsdrivende,
                        info: {
                            ...soknad.opptjeningAktivitet.selvstendigNaeringsdrivende?.info,
                            regnskapsførerNavn: '',
                            regnskapsførerTlf: '',
                        },
                    },
                },
            });
            updateSoknadState({
                opptjeningAktivitet: {
                    ...soknad.opptjeningAktivitet,
                    selvstendigNaeringsdrivende: {
                        ...soknad.opptjeningAktivitet.selvstendigNaeringsdrivende,
                        info: {
                            ...soknad.opptjeningAktivitet.selvstendigNaeringsdrivende?.info,
                            regnskapsførerNavn: '',
                            regnskapsførerTlf: '',
                        },
                    },
                },
            });
        }
    };

    const selvstendigperioder = () => {
        const opptjening = soknad.opptjeningAktivitet;
        const arbeid = soknad.arbeidstid;
        const oppdatertArbeidstid = (path: string, perioder: unknown) => {
            const arbeidKopi = arbeid ? cloneDeep(arbeid) : {};
            return set(arbeidKopi, path, perioder);
        };

        return (
            <div className="infoContainer">
                <div id="sn-virksomhetstyper">
                    <LegacyCheckboxGroup
                        className="virksomhetstypercheckbox"
                        legend={intlHelper(intl, 'skjema.arbeid.sn.type')}
                        checkboxes={Object.values(Virksomhetstyper).map((v) => ({
                            label: v,
                            value: v,
                            onChange: (e) => updateVirksomhetstyper(v, e.target.checked),
                            checked: opptjening.selvstendigNaeringsdrivende?.info?.virksomhetstyper?.some(
                                (vt) => vt === v,
                            ),
                        }))}
                        feil={getErrorMessage(
                            `ytelse.opptjeningAktivitet.selvstendigNæringsdrivende[0].perioder[${periodeSpenn(
                                opptjening?.selvstendigNaeringsdrivende?.info?.periode,
                            )}].virksomhetstyper`,
                        )}
                    />
                </div>

                <div className="generelleopplysiniger ">
                    <div className="flex flex-wrap">
                        <TextField
                            label={intlHelper(intl, 'skjema.arbeid.sn.virksomhetsnavn')}
                            value={soknad.opptjeningAktivitet.selvstendigNaeringsdrivende?.virksomhetNavn || ''}
                            className="virksomhetsNavn"
                            onChange={(event: any) =>
                                updateSoknadState(
                                    {
                                        opptjeningAktivitet: {
                                            ...opptjening,
                                            selvstendigNaeringsdrivende: {
                                                ...opptjening.selvstendigNaeringsdrivende,
                                                virksomhetNavn: event.target.value,
                                            },
                                        },
                                    },
                                    false,
                                )
                            }
                            onBlur={(event: any) =>
                                updateSoknad({
                                    opptjeningAktivitet: {
                                        ...opptjening,
                                        selvstendigNaeringsdrivende: {
                                            ...opptjening.selvstendigNaeringsdrivende,
                                            virksomhetNavn: event.target.value,
                                        },
                                    },
                                })
                            }
                        />
                    </div>
                </div>

                <div className="mt-4">
                    <LegacyJaNeiRadioGroup
                        className="horizontalRadios"
                        name="virksomhetRegistrertINorge"
                        legend={intlHelper(intl, 'skjema.sn.registrertINorge')}
                        checked={
                            opptjening.selvstendigNaeringsdrivende?.info?.registrertIUtlandet ? JaNei.NEI : JaNei.JA
                        }
                        onChange={(_, value) => {
                            updateSoknad({
                                opptjeningAktivitet: {
                                    ...opptjening,
                                    selvstendigNaeringsdrivende: {
                                        ...opptjening.selvstendigNaeringsdrivende,
                                        info: {
                                            ...opptjening.selvstendigNaeringsdrivende?.info,
                                            registrertIUtlandet: value !== JaNei.JA,
                                        },
                                    },
                                },
                            });
                            updateSoknadState({
                                opptjeningAktivitet: {
                                    ...opptjening,
                                    selvstendigNaeringsdrivende: {
                                        ...opptjening.selvstendigNaeringsdrivende,
                                        info: {
                                            ...opptjening.selvstendigNaeringsdrivende?.info,
                                            registrertIUtlandet: value !== JaNei.JA,
                                        },
                                    },
                                },
                            });
                        }}
                    />
                </div>

                {!opptjening.selvstendigNaeringsdrivende?.info?.registrertIUtlandet && (
                    <div className="flex flex-wrap mt-6">
                        <TextField
                            id="sn-organisasjonsnummer"
                            label={intlHelper(intl, 'skjema.arbeid.arbeidstaker.orgnr')}
                            value={opptjening.selvstendigNaeringsdrivende?.organisasjonsnummer || ''}
                            className="sn-organisasjonsnummer"
                            error={getErrorMessage(
                                'ytelse.opptjeningAktivitet.selvstendigNæringsdrivende[0].organisasjonsnummer.valid',
                            )}
                            onChange={(event: any) =>
                                updateSoknadState(
                                    {
                                        opptjeningAktivitet: {
                                            ...opptjening,
                                            selvstendigNaeringsdrivende: {
                                                ...opptjening.selvstendigNaeringsdrivende,
                                                organisasjonsnummer: event.target.value,
                                            },
                                        },
                                    },
                                    false,
                                )
                            }
                            onBlur={(event: any) =>
                                updateSoknad({
                                    opptjeningAktivitet: {
                                        ...opptjening,
                                        selvstendigNaeringsdrivende: {
                                            ...opptjening.selvstendigNaeringsdrivende,
                                            organisasjonsnummer: event.target.value,
                                        },
                                    },
                                })
                            }
                        />
                    </div>
                )}

                {!!opptjening.selvstendigNaeringsdrivende?.info?.registrertIUtlandet && (
                    <div className="mt-6">
                        <div className="max-w-[24rem]">
                            <CountrySelect
                                id="sn-registrert-land"
                                selectedcountry={opptjening.selvstendigNaeringsdrivende.info.landkode || ''}
                                label={intlHelper(intl, 'skjema.sn.registrertLand')}
                                // TEMPORARY: backend can report this validation on
                                // `.valideringRegistrertUtlandet` while frontend binds it to landkode field.
                                error={getErrorMessage(
                                    `ytelse.opptjeningAktivitet.selvstendigNæringsdrivende[0].perioder[${periodeSpenn(
                                        opptjening?.selvstendigNaeringsdrivende?.info?.periode,
                                    )}].landkode`,
                                )}
                                onChange={(event) => {
                                    updateSoknad({
                                        opptjeningAktivitet: {
                                            ...opptjening,
                                            selvstendigNaeringsdrivende: {
                                                ...opptjening.selvstendigNaeringsdrivende,
                                                info: {
                                                    ...opptjening.selvstendigNaeringsdrivende?.info,
                                                    landkode: event.target.value,
                                                },
                                            },
                                        },
                                    });
                                    updateSoknadState({
                                        opptjeningAktivitet: {
                                            ...opptjening,
                                            selvstendigNaeringsdrivende: {
                                                ...opptjening.selvstendigNaeringsdrivende,
                                                info: {
                                                    ...opptjening.selvstendigNaeringsdrivende?.info,
                                                    landkode: event.target.value,
                                                },
                                            },
                                        },
                                    });
                                }}
                            />
                        </div>
                    </div>
                )}

                <div className="mt-6">
                    <LegacyJaNeiRadioGroup
                        className="horizontalRadios"
                        name="harRegnskapsfører"
                        legend={intlHelper(intl, 'skjema.arbeid.sn.regnskapsfører')}
                        checked={
                            !!harRegnskapsfører ||
                            opptjening.selvstendigNaeringsdrivende?.info?.regnskapsførerNavn ||
                            opptjening.selvstendigNaeringsdrivende?.info?.regnskapsførerNavn
                                ? JaNei.JA
                                : JaNei.NEI
                        }
                        onChange={(_, value) => {
                            handleRegnskapsførerChange(value);
                        }}
                    />
                </div>

                {harRegnskapsfører && (
                    <div className="generelleopplysiniger">
                        <div className="flex flex-wrap">
                            <TextField
                                label={intlHelper(intl, 'skjema.arbeid.sn.regnskapsførernavn')}
                                value={opptjening.selvstendigNaeringsdrivende?.info?.regnskapsførerNavn || ''}
                                className="regnskapsførerNavn"
                                onChange={(event: any) =>
                                    updateSoknadState(
                                        {
                                            opptjeningAktivitet: {
                                                ...opptjening,
                                                selvstendigNaeringsdrivende: {
                                                    ...opptjening.selvstendigNaeringsdrivende,
                                                    info: {
                                                        ...opptjening.selvstendigNaeringsdrivende?.info,
                                                        regnskapsførerNavn: event.target.value,
                                                    },
                                                },
                                            },
                                        },
                                        false,
                                    )
                                }
                                onBlur={(event: any) =>
                                    updateSoknad({
                                        opptjeningAktivitet: {
                                            ...opptjening,
                                            selvstendigNaeringsdrivende: {
                                                ...opptjening.selvstendigNaeringsdrivende,
                                                info: {
                                                    ...opptjening.selvstendigNaeringsdrivende?.info,
                                                    regnskapsførerNavn: event.target.value,
                                                },
                                            },
                                        },
                                    })
                                }
                            />
                        </div>

                        <div className="flex flex-wrap">
                            <TextField
                                label={intlHelper(intl, 'skjema.arbeid.sn.regnskapsførertlf')}
                                value={opptjening.selvstendigNaeringsdrivende?.info?.regnskapsførerTlf || ''}
                                className="sn-regskasførertlf"
                                type="number"
                                onChange={(event: any) =>
                                    updateSoknadState(
                                        {
                                            opptjeningAktivitet: {
                                                ...opptjening,
                                                selvstendigNaeringsdrivende: {
                                                    ...opptjening.selvstendigNaeringsdrivende,
                                                    info: {
                                                        ...opptjening.selvstendigNaeringsdrivende?.info,
                                                        regnskapsførerTlf: event.target.value,
                                                    },
                                                },
                                            },
                                        },
                                        false,
                                    )
                                }
                                onBlur={(event: any) =>
                                    updateSoknad({
                                        opptjeningAktivitet: {
                                            ...opptjening,
                                            selvstendigNaeringsdrivende: {
                                                ...opptjening.selvstendigNaeringsdrivende,
                                                info: {
                                                    ...opptjening.selvstendigNaeringsdrivende?.info,
                                                    regnskapsførerTlf: event.target.value,
                                                },
                                            },
                                        },
                                    })
                                }
                            />
                        </div>
                    </div>
                )}

                <div className="mt-6">
                    <Label size="medium">
                        <FormattedMessage id="skjema.arbeid.sn.når" />
                    </Label>
                </div>

                <div className="sn-startdatocontainer">
                    <Datovelger
                        className="fom"
                        value={opptjening.selvstendigNaeringsdrivende?.info?.periode?.fom || ''}
                        label={intlHelper(intl, 'skjema.arbeid.sn.startdato')}
                        errorMessage={getErrorMessage(
                            'ytelse.opptjeningAktivitet.selvstendigNæringsdrivende[0].perioder',
                        )}
                        fromDate={limitFromDate}
                        onChange={(selectedDate: any) => {
                            updateSoknadState(
                                {
                                    opptjeningAktivitet: {
                                        ...opptjening,
                                        selvstendigNaeringsdrivende: {
                                            ...opptjening.selvstendigNaeringsdrivende,
                                            info: {
                                                ...opptjening.selvstendigNaeringsdrivende?.info,
                                                periode: {
                                                    ...opptjening.selvstendigNaeringsdrivende?.info?.periode,
                                                    fom: selectedDate,
                                                },
                                            },
                                        },
                                    },
                                },
                                false,
                            );
                            updateSoknad({
                                opptjeningAktivitet: {
                                    ...opptjening,
                                    selvstendigNaeringsdrivende: {
                                        ...opptjening.selvstendigNaeringsdrivende,
                                        info: {
                                            ...opptjening.selvstendigNaeringsdrivende?.info,
                                            periode: {
                                                ...opptjening.selvstendigNaeringsdrivende?.info?.periode,
                                                fom: selectedDate,
                                            },
                                        },
                                    },
                                },
                            });
                        }}
                    />

                    <Datovelger
                        className="tom"
                        value={opptjening.selvstendigNaeringsdrivende?.info?.periode?.tom || ''}
                        label={intlHelper(intl, 'skjema.arbeid.sn.sluttdato')}
                        fromDate={limitFromDate}
                        onChange={(selectedDate: any) => {
                            updateSoknadState(
                                {
                                    opptjeningAktivitet: {
                                        ...opptjening,
                                        selvstendigNaeringsdrivende: {
                                            ...opptjening.selvstendigNaeringsdrivende,
                                            info: {
                                                ...opptjening.selvstendigNaeringsdrivende?.info,
                                                periode: {
                                                    ...opptjening.selvstendigNaeringsdrivende?.info?.periode,
                                                    tom: selectedDate,
                                                },
                                            },
                                        },
                                    },
                                },
                                false,
                            );
                            updateSoknad({
                                opptjeningAktivitet: {
                                    ...opptjening,
                                    selvstendigNaeringsdrivende: {
                                        ...opptjening.selvstendigNaeringsdrivende,
                                        info: {
                                            ...opptjening.selvstendigNaeringsdrivende?.info,
                                            periode: {
                                                ...opptjening.selvstendigNaeringsdrivende?.info?.periode,
                                                tom: selectedDate,
                                            },
                                        },
                                    },
                                },
                            });
                        }}
                    />
                </div>

                {!!opptjening.selvstendigNaeringsdrivende?.info?.periode?.fom &&
                    erYngreEnn4år(opptjening.selvstendigNaeringsdrivende?.info?.periode?.fom) && (
                        <div className="flex flex-wrap">
                            <TextField
                                id="sn-bruttoinntekt"
                                label={intlHelper(intl, 'skjema.sn.bruttoinntekt')}
                                type="number"
                                className="bruttoinntekt"
                                value={opptjening.selvstendigNaeringsdrivende?.info?.bruttoInntekt || ''}
                                error={getErrorMessage(
                                    `ytelse.opptjeningAktivitet.selvstendigNæringsdrivende[0].perioder[${periodeSpenn(
                                        opptjening?.selvstendigNaeringsdrivende?.info?.periode,
                                    )}].bruttoInntekt`,
                                )}
                                onChange={(event: any) =>
                                    updateSoknadState(
                                        {
                                            opptjeningAktivitet: {
                                                ...opptjening,
                                                selvstendigNaeringsdrivende: {
                                                    ...opptjening.selvstendigNaeringsdrivende,
                                                    info: {
                                                        ...opptjening.selvstendigNaeringsdrivende?.info,
                                                        bruttoInntekt: event.target.value,
                                                    },
                                                },
                                            },
                                        },
                                        false,
                                    )
                                }
                                onBlur={(event: any) =>
                                    updateSoknad({
                                        opptjeningAktivitet: {
                                            ...opptjening,
                                            selvstendigNaeringsdrivende: {
                                                ...opptjening.selvstendigNaeringsdrivende,
                                                info: {
                                                    ...opptjening.selvstendigNaeringsdrivende?.info,
                                                    bruttoInntekt: event.target.value,
                                                },
                                            },
                                        },
                                    })
                                }
                            />
                        </div>
                    )}

                {!!opptjening.selvstendigNaeringsdrivende?.info?.periode?.fom &&
                    erEldreEnn4år(opptjening.selvstendigNaeringsdrivende?.info?.periode?.fom) && (
                        <div className="mt-6">
                            <LegacyJaNeiRadioGroup
                                className="horizontalRadios"
                                name="varigEndringradios"
                                legend={intlHelper(intl, 'skjema.sn.varigendring')}
                                checked={
                                    opptjening.selvstendigNaeringsdrivende?.info.erVarigEndring ? JaNei.JA : JaNei.NEI
                                }
                                onChange={(_, value) => {
                                    updateSoknad({
                                        opptjeningAktivitet: {
                                            ...opptjening,
                                            selvstendigNaeringsdrivende: {
                                                ...opptjening.selvstendigNaeringsdrivende,
                                                info: {
                                                    ...opptjening.selvstendigNaeringsdrivende?.info,
                                                    erVarigEndring: value === JaNei.JA,
                                                },
                                            },
                                        },
                                    });
                                    updateSoknadState({
                                        opptjeningAktivitet: {
                                            ...opptjening,
                                            selvstendigNaeringsdrivende: {
                                                ...opptjening.selvstendigNaeringsdrivende,
                                                info: {
                                                    ...opptjening.selvstendigNaeringsdrivende?.info,
                                                    erVarigEndring: value === JaNei.JA,
                                                },
                                            },
                                        },
                                    });
                                }}
                            />
                        </div>
                    )}

                {!!opptjening.selvstendigNaeringsdrivende?.info?.erVarigEndring && (
                    <>
                        <div className="flex flex-wrap">
                            <Datovelger
                                className="endringdato"
                                value={opptjening.selvstendigNaeringsdrivende?.info?.endringDato || ''}
                                label={intlHelper(intl, 'skjema.sn.varigendringdato')}
                                fromDate={limitFromDate}
                                onChange={(selectedDate: any) => {
                                    updateSoknadState(
                                        {
                                            opptjeningAktivitet: {
                                                ...opptjening,
                                                selvstendigNaeringsdrivende: {
                                                    ...opptjening.selvstendigNaeringsdrivende,
                                                    info: {
                                                        ...opptjening.selvstendigNaeringsdrivende?.info,
                                                        endringDato: selectedDate,
                                                    },
                                                },
                                            },
                                        },
                                        false,
                                    );
                                    updateSoknad({
                                        opptjeningAktivitet: {
                                            ...opptjening,
                                            selvstendigNaeringsdrivende: {
                                                ...opptjening.selvstendigNaeringsdrivende,
                                                info: {
                                                    ...opptjening.selvstendigNaeringsdrivende?.info,
                                                    endringDato: selectedDate,
                                                },
                                            },
                                        },
                                    });
                                }}
                            />
                        </div>

                        <div className="flex flex-wrap">
                            <TextField
                                label={intlHelper(intl, 'skjema.sn.endringinntekt')}
                                type="number"
                                className="endringinntekt"
                                value={opptjening.selvstendigNaeringsdrivende?.info?.endringInntekt || ''}
                                onChange={(event: any) =>
                                    updateSoknadState(
                                        {
                                            opptjeningAktivitet: {
                                                ...opptjening,
                                                selvstendigNaeringsdrivende: {
                                                    ...opptjening.selvstendigNaeringsdrivende,
                                                    info: {
                                                        ...opptjening.selvstendigNaeringsdrivende?.info,
                                                        endringInntekt: event.target.value,
                                                    },
                                                },
                                            },
                                        },
                                        false,
                                    )
                                }
                                onBlur={(event: any) =>
                                    updateSoknad({
                                        opptjeningAktivitet: {
                                            ...opptjening,
                                            selvstendigNaeringsdrivende: {
                                                ...opptjening.selvstendigNaeringsdrivende,
                                                info: {
                                                    ...opptjening.selvstendigNaeringsdrivende?.info,
                                                    endringInntekt: event.target.value,
                                                },
                                            },
                                        },
                                    })
                                }
                            />
                        </div>

                        <Textarea
                            label={intlHelper(intl, 'skjema.sn.endringbegrunnelse')}
                            className="endringbegrunnelse"
                            value={opptjening.selvstendigNaeringsdrivende?.info?.endringBegrunnelse || ''}
                            onChange={(event: any) =>
                                updateSoknadState(
                                    {
                                        opptjeningAktivitet: {
                                            ...opptjening,
                                            selvstendigNaeringsdrivende: {
                                                ...opptjening.selvstendigNaeringsdrivende,
                                                info: {
                                                    ...opptjening.selvstendigNaeringsdrivende?.info,
                                                    endringBegrunnelse: event.target.value,
                                                },
                                            },
                                        },
                                    },
                                    false,
                                )
                            }
                            onBlur={(event: any) =>
                                updateSoknad({
                                    opptjeningAktivitet: {
                                        ...opptjening,
                                        selvstendigNaeringsdrivende: {
                                            ...opptjening.selvstendigNaeringsdrivende,
                                            info: {
                                                ...opptjening.selvstendigNaeringsdrivende?.info,
                                                endringBegrunnelse: event.target.value,
                                            },
                                        },
                                    },
                                })
                            }
                        />
                    </>
                )}

                <VerticalSpacer eightPx />

                {arbeidstidInformasjon()}

                <VerticalSpacer eightPx />

                <ArbeidstidKalender
                    søknadsperioder={søknadsperioder}
                    updateSoknad={(perioder) => {
                        updateSoknad({
                            arbeidstid: oppdatertArbeidstid(
                                'selvstendigNæringsdrivendeArbeidstidInfo.perioder',
                                perioder,
                            ),
                        });
                    }}
                    updateSoknadState={(perioder) =>
                        updateSoknadState({
                            arbeidstid: oppdatertArbeidstid(
                                'selvstendigNæringsdrivendeArbeidstidInfo.perioder',
                                perioder,
                            ),
                        })
                    }
                    arbeidstidInfo={soknad.arbeidstid?.selvstendigNæringsdrivendeArbeidstidInfo}
                />

                <div data-testid="selvstendig-arbeidstid-validation-errors">
                    <UhaanderteFeilmeldinger
                        getFeilmeldinger={() =>
                            (getUhaandterteFeil &&
                                getUhaandterteFeil('ytelse.arbeidstid.selvstendigNæringsdrivendeArbeidstidInfo')) ||
                            []
                        }
                    />
                </div>

                <UhaanderteFeilmeldinger
                    getFeilmeldinger={() =>
                        getUhaandterteFeil('ytelse.opptjeningAktivitet.selvstendigNæringsdrivende[0]') || []
                    }
                />
            </div>
        );
    };

    return (
        <Accordion.Item
            open={isOpen}
            onOpenChange={() => onPanelClick()}
            data-testid="accordionItem-arbeidsforholdPanel"
        >
            <Accordion.Header>
                <FormattedMessage id={PunchFormPaneler.ARBEID} />
            </Accordion.Header>
            <Accordion.Content>
                <LegacyCheckbox
                    label={intlHelper(intl, Arbeidsforhold.ARBEIDSTAKER)}
                    value={Arbeidsforhold.ARBEIDSTAKER}
                    onChange={(e) => handleArbeidsforholdChange(Arbeidsforhold.ARBEIDSTAKER, e.target.checked)}
                    checked={!!soknad.arbeidstid?.arbeidstakerList?.length}
                />

                <VerticalSpacer eightPx />

                {!!soknad.arbeidstid?.arbeidstakerList?.length && (
                    <Arbeidstakerperioder
                        soknad={soknad}
                        søknadsperioder={søknadsperioder}
                        initialArbeidstaker={initialArbeidstaker}
                        updateSoknad={updateSoknad}
                        updateSoknadState={updateSoknadState}
                        getErrorMessage={getErrorMessage}
                        getUhaandterteFeil={getUhaandterteFeil}
                    />
                )}

                <LegacyCheckbox
                    label={intlHelper(intl, Arbeidsforhold.FRILANSER)}
                    value={Arbeidsforhold.FRILANSER}
                    onChange={(e) => handleArbeidsforholdChange(Arbeidsforhold.FRILANSER, e.target.checked)}
                    checked={!!soknad.opptjeningAktivitet.frilanser}
                />

                <VerticalSpacer eightPx />

                {!!soknad.opptjeningAktivitet.frilanser && (
                    <Box padding="space-16" borderRadius="8" background="neutral-soft" className="frilanserpanel">
                        {frilanserperioder()}
                    </Box>
                )}

                <LegacyCheckbox
                    label={intlHelper(intl, Arbeidsforhold.SELVSTENDIG)}
                    value={Arbeidsforhold.SELVSTENDIG}
                    onChange={(e) => handleArbeidsforholdChange(Arbeidsforhold.SELVSTENDIG, e.target.checked)}
                    checked={!!soknad.opptjeningAktivitet?.selvstendigNaeringsdrivende}
                />

                {!!soknad.opptjeningAktivitet.selvstendigNaeringsdrivende && (
                    <>
                        <Alert size="small" variant="info" className="sn-alertstripe">
                            <FormattedMessage id="skjema.sn.info" />
                        </Alert>

                        <Box padding="space-16" borderRadius="8" background="neutral-soft" className="selvstendigpanel">
                            {selvstendigperioder()}
                        </Box>
                    </>
                )}

                <UhaanderteFeilmeldinger
                    getFeilmeldinger={() => (getUhaandterteFeil && getUhaandterteFeil('ytelse.arbeidstid')) || []}
                />
            </Accordion.Content>
        </Accordion.Item>
    );
};
export default ArbeidsforholdPanel;
