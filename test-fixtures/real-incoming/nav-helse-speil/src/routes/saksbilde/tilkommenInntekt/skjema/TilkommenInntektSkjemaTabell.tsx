import React, { ReactElement } from 'react';

import { BodyShort, Box, Checkbox, HStack, Table } from '@navikt/ds-react';

import { Inntektsforholdnavn } from '@components/Inntektsforholdnavn';
import { tilDagtypeTabell } from '@saksbilde/tilkommenInntekt/tilkommenInntektUtils';
import { DagtypeCell } from '@saksbilde/utbetaling/utbetalingstabell/DagtypeCell';
import { Inntektsforhold, inntektsforholdReferanseTilKey } from '@state/inntektsforhold/inntektsforhold';
import { DatePeriod, DateString } from '@typer/shared';
import { erHelg, somNorskDato } from '@utils/date';
import { cn } from '@utils/tw';

import styles from '../TilkommenTable.module.css';

interface TilkommenInntektTableProps {
    inntektsforhold: Inntektsforhold[];
    periode: DatePeriod;
    error: boolean;
    ekskluderteUkedager: DateString[];
    setEkskluderteUkedager: (ekskluderteUkedager: DateString[]) => void;
}

export const TilkommenInntektSkjemaTabell = ({
    inntektsforhold,
    periode,
    error,
    ekskluderteUkedager,
    setEkskluderteUkedager,
}: TilkommenInntektTableProps): ReactElement => {
    const { inntektsforholdReferanser, rader } = tilDagtypeTabell(periode, inntektsforhold);
    const alleUkedager = rader.map((rad) => rad.dato).filter((dato) => !erHelg(dato));

    return (
        <Box width="max-content" height="max-content" minWidth="300px">
            <Box background="neutral-soft" borderWidth="0 0 0 1" borderColor="neutral-strong">
                <HStack align="center" padding="space-8">
                    <BodyShort weight="semibold">Velg hvilke dager som ikke skal tas med</BodyShort>
                </HStack>
            </Box>
            <Box borderWidth={error ? '2' : '1'} borderColor={error ? 'danger' : 'neutral-strong'}>
                <Table size="small" className={cn(styles.tabell, styles.redigering)}>
                    <Table.Header>
                        <Table.Row>
                            <Table.HeaderCell>
                                <HStack gap="space-8" align="center" wrap={false}>
                                    <Checkbox
                                        checked={alleUkedager.length === ekskluderteUkedager.length}
                                        indeterminate={
                                            ekskluderteUkedager.length > 0 &&
                                            ekskluderteUkedager.length !== alleUkedager.length
                                        }
                                        onChange={() => {
                                            if (ekskluderteUkedager.length > 0) {
                                                setEkskluderteUkedager([]);
                                            } else {
                                                setEkskluderteUkedager(alleUkedager);
                                            }
                                        }}
                                        hideLabel
                                        size="small"
                                    >
                                        Valg alle rader
                                    </Checkbox>
                                    <BodyShort weight="semibold">Dato</BodyShort>
                                </HStack>
                            </Table.HeaderCell>
                            {inntektsforholdReferanser.map((inntektsforhold) => (
                                <Table.HeaderCell key={inntektsforholdReferanseTilKey(inntektsforhold)}>
                                    <Inntektsforholdnavn
                                        maxWidth="150px"
                                        inntektsforholdReferanse={inntektsforhold}
                                        weight="semibold"
                                    />
                                </Table.HeaderCell>
                            ))}
                        </Table.Row>
                    </Table.Header>
                    <Table.Body>
                        {rader.map(({ dato, dagtypePerInntektsforhold }) => {
                            const helg = erHelg(dato);
                            const valgt = ekskluderteUkedager.includes(dato);
                            return (
                                <Table.Row
                                    key={dato + 'row'}
                                    className={cn(helg && styles.helg, valgt && styles.valgteDatoer)}
                                >
                                    <Table.DataCell>
                                        <HStack gap="space-8" align="center" wrap={false}>
                                            <Checkbox
                                                checked={valgt}
                                                disabled={helg}
                                                onChange={(event) => {
                                                    if (event.target.checked) {
                                                        setEkskluderteUkedager([...ekskluderteUkedager, dato]);
                                                    } else {
                                                        setEkskluderteUkedager(
                                                            ekskluderteUkedager.filter(
                                                                (ekskludertUkedag) => ekskludertUkedag !== dato,
                                                            ),
                                                        );
                                                    }
                                                }}
                                                aria-labelledby={`id-${dato}`}
                                                hideLabel
                                                size="small"
                                            >
                                                {somNorskDato(dato)}
                                            </Checkbox>
                                            <BodyShort id={`id-${dato}`}>{somNorskDato(dato)}</BodyShort>
                                        </HStack>
                                    </Table.DataCell>
                                    {inntektsforholdReferanser.map((inntektsforhold) => {
                                        const inntektsforholdKey = inntektsforholdReferanseTilKey(inntektsforhold);
                                        const dagtype = dagtypePerInntektsforhold.get(inntektsforholdKey);
                                        const key = dato + inntektsforholdKey;
                                        return dagtype ? (
                                            <DagtypeCell tabelldag={dagtype} key={key} />
                                        ) : (
                                            <Table.DataCell key={key} />
                                        );
                                    })}
                                </Table.Row>
                            );
                        })}
                    </Table.Body>
                </Table>
            </Box>
        </Box>
    );
};
