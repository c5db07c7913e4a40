import React from 'react';
import { IntlShape, useIntl } from 'react-intl';

import { TrashIcon } from '@navikt/aksel-icons';
import { Button } from '@navikt/ds-react';
import {
    ListeComponent,
    Listepaneler,
    UpdateListeinfoInSoknad,
    UpdateListeinfoInSoknadState,
} from 'app/components/Listepaneler';
import Periodevelger from 'app/components/period-input/Periodevelger';
import UhaanderteFeilmeldinger from 'app/components/skjema/UhaanderteFeilmeldinger';
import { periodeSpenn } from 'app/components/skjema/skjemaUtils';
import {
    GetErrorMessage,
    GetUhaandterteFeil,
    IPeriodeinfo,
    IPeriodeinfoExtension,
    Periodeinfo,
} from 'app/models/types';
import { createPeriodInputIds } from 'app/søknader/pleiepenger/utils/errorAnchorUtils';
import { IPeriode } from '../../models/types/Periode';
import intlHelper from '../../utils/intlUtils';

export type UpdatePeriodeinfoInSoknad<T> = (info: Partial<Periodeinfo<T>>) => any;
export type UpdatePeriodeinfoInSoknadState<T> = (info: Partial<Periodeinfo<T>>, showStatus?: boolean) => any;

export type PeriodeinfoComponent<T> = (
    info: Periodeinfo<T>,
    periodeindex: number,
    updatePeriodeinfoInSoknad: UpdatePeriodeinfoInSoknad<T>,
    updatePeriodeinfoInSoknadState: UpdatePeriodeinfoInSoknadState<T>,
    feilkodeprefiksMedIndeks?: string,
    getErrorMessage?: GetErrorMessage,
    intl?: IntlShape,
) => React.ReactElement;

export interface IPeriodeinfopanelerProps {
    periods: IPeriodeinfo[]; // Liste over periodisert informasjon
    component?: PeriodeinfoComponent<IPeriodeinfoExtension>; // Skal returnere et React-element for en gitt periode i lista
    panelid: (periodeindex: number) => string; // String som skal brukes til å identifisere hvert enkelt element
    initialPeriodeinfo: Periodeinfo<IPeriodeinfoExtension>; // Objektet som legges til når man legger til en ny periode i lista
    editSoknad: (periodeinfo: IPeriodeinfo[]) => any; // Funksjon som skal kalles for å sende en put-spørring med oppdatert info og oppdatere Redux-store deretter (brukes i hovedsak på onBlur)
    editSoknadState: (periodeinfo: IPeriodeinfo[], showStatus?: boolean) => any; // Funskjon som skal kalles for å oppdatere state på PunchFormOld (må brukes på onChange)
    className?: string;
    textLeggTil?: string;
    textFjern?: string;
    panelClassName?: string;
    getErrorMessage?: GetErrorMessage;
    getUhaandterteFeil?: GetUhaandterteFeil;
    feilkodeprefiks?: string;
    periodeFeilkode?: string;
    onAdd?: () => any;
    onRemove?: () => any;
    kanHaFlere: boolean;
    medSlettKnapp: boolean;
    initialValues?: {
        fom: string | undefined;
        tom: string | undefined;
    };
}

export const PeriodeinfoPaneler: React.FC<IPeriodeinfopanelerProps> = ({
    periods = [],
    medSlettKnapp,
    textLeggTil,
    textFjern,
    panelid,
    initialPeriodeinfo,
    getErrorMessage: errorMessageFunc,
    getUhaandterteFeil,
    className,
    feilkodeprefiks,
    periodeFeilkode,
    onAdd,
    onRemove,
    panelClassName,
    component,
    editSoknad,
    editSoknadState,
    kanHaFlere,
    initialValues,
}: IPeriodeinfopanelerProps) => {
    const intl = useIntl();

    const editInfo: (index: number, periodeinfo: Partial<IPeriodeinfo>) => IPeriodeinfo[] = (
        index: number,
        periodeinfo: Partial<IPeriodeinfo>,
    ) => {
        const newInfo: IPeriodeinfo = { ...periods[index], ...periodeinfo };
        const newArray = periods;
        newArray[index] = newInfo;
        return newArray;
    };

    const removeItem = (index: number) => {
        const newArray = periods;
        newArray.splice(index, 1);
        return newArray;
    };

    const editPeriode = (index: number, periode: IPeriode) => editInfo(index, { periode });

    const periodComponent: ListeComponent<IPeriodeinfo> = (
        periodeinfo: IPeriodeinfo,
        periodeindeks: number,
        updatePeriodeinfoInSoknad: UpdateListeinfoInSoknad<IPeriodeinfo>,
        updatePeriodeinfoInSoknadState: UpdateListeinfoInSoknadState<IPeriodeinfo>,
        feilkodeprefiksMedIndeks?: string,
        getErrorMessage?: GetErrorMessage,
        intlShape?: IntlShape,
    ) => {
        const removePeriode = () => {
            const newArray: IPeriodeinfo[] = removeItem(periodeindeks);
            editSoknadState(newArray);
            editSoknad(newArray);

            if (onRemove) {
                onRemove();
            }
        };
        const feltIndeks = periodeSpenn(periodeinfo.periode);
        const periodInputIds = createPeriodInputIds(feilkodeprefiks, feltIndeks, `index-${periodeindeks}`);
        return (
            <>
                <Periodevelger
                    periode={periodeinfo.periode || {}}
                    intl={intlShape!}
                    onChange={(periode) => {
                        editSoknadState(editPeriode(periodeindeks, periode));
                    }}
                    onBlur={(periode) => {
                        editSoknad(editPeriode(periodeindeks, periode));
                    }}
                    errorMessage={getErrorMessage?.(`${periodeFeilkode || feilkodeprefiks}.perioder[${feltIndeks}]`)}
                    initialValues={initialValues}
                    inputIdFom={periodInputIds.fomId}
                    inputIdTom={periodInputIds.tomId}
                    action={
                        <Button
                            id="slett"
                            className="slett-knapp-med-icon-for-input"
                            type="button"
                            onClick={removePeriode}
                            tabIndex={0}
                            icon={<TrashIcon title="slett" />}
                            variant="tertiary"
                            data-color="danger"
                        >
                            {intlHelper(intl, textFjern || 'skjema.perioder.fjern')}
                        </Button>
                    }
                />
                {!!component &&
                    component(
                        periodeinfo,
                        periodeindeks,
                        updatePeriodeinfoInSoknad,
                        updatePeriodeinfoInSoknadState,
                        feilkodeprefiksMedIndeks,
                        getErrorMessage,
                        intlShape,
                    )}
                <UhaanderteFeilmeldinger
                    getFeilmeldinger={() =>
                        (getUhaandterteFeil && getUhaandterteFeil(`${feilkodeprefiks}.perioder[${feltIndeks}]`)) || []
                    }
                />
            </>
        );
    };

    return (
        <Listepaneler
            intl={intl}
            items={periods}
            panelid={panelid}
            initialItem={initialPeriodeinfo}
            editSoknad={editSoknad}
            editSoknadState={editSoknadState}
            getErrorMessage={errorMessageFunc}
            getUhaandterteFeil={getUhaandterteFeil}
            className={className}
            feilkodeprefiks={feilkodeprefiks}
            component={periodComponent}
            onAdd={onAdd}
            onRemove={onRemove}
            panelClassName={panelClassName}
            textFjern={textFjern || 'skjema.perioder.fjern'}
            textLeggTil={textLeggTil || 'skjema.perioder.legg_til'}
            kanHaFlere={kanHaFlere}
            medSlettKnapp={medSlettKnapp}
        />
    );
};
