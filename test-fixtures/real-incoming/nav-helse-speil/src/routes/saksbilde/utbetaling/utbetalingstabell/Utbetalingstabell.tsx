import React, { ReactElement, useMemo } from 'react';

import { HStack, Table } from '@navikt/ds-react';

import { Arbeidsgiverikon } from '@components/ikoner/Arbeidsgiverikon';
import { Sykmeldtikon } from '@components/ikoner/Sykmeldtikon';
import { PersonFragment } from '@io/graphql';
import { Row } from '@saksbilde/table/Row';
import { DateString } from '@typer/shared';
import { Utbetalingstabelldag } from '@typer/utbetalingstabell';
import { getFormattedDateString } from '@utils/date';
import { cn } from '@utils/tw';

import { DagtypeCell } from './DagtypeCell';
import { DateCell } from './DateCell';
import { GjenståendeDagerCell } from './GjenståendeDagerCell';
import { GradCell } from './GradCell';
import { KildeCell } from './KildeCell';
import { MerknaderCell } from './MerknaderCell';
import { SlettNyDagCell } from './SlettNyDagCell';
import { TotalGradCell } from './TotalGradCell';
import { TotalRow } from './TotalRow';
import { UtbetalingCell } from './UtbetalingCell';
import { useAlderVedSkjæringstidspunkt } from './useAlderVedSkjæringstidspunkt';

import styles from './Utbetalingstabell.module.css';

interface UtbetalingstabellProps {
    fom: DateString;
    tom: DateString;
    dager: Map<string, Utbetalingstabelldag>;
    personFødselsdato: string | null;
    lokaleOverstyringer?: Map<string, Utbetalingstabelldag>;
    markerteDager?: Map<string, Utbetalingstabelldag>;
    overstyrer?: boolean;
    slettSisteNyeDag?: () => void;
    person: PersonFragment;
    erSelvstendigNæring: boolean;
}

export const Utbetalingstabell = ({
    fom,
    tom,
    dager,
    personFødselsdato,
    lokaleOverstyringer,
    markerteDager,
    overstyrer = false,
    slettSisteNyeDag,
    person,
    erSelvstendigNæring,
}: UtbetalingstabellProps): ReactElement => {
    const formattedFom = getFormattedDateString(fom);
    const formattedTom = getFormattedDateString(tom);

    const dagerList: Utbetalingstabelldag[] = useMemo(() => Array.from(dager.values()), [dager]);

    const alderVedSkjæringstidspunkt = useAlderVedSkjæringstidspunkt(person, personFødselsdato);

    return (
        <section className={cn(styles.container, overstyrer && styles.overstyrer)}>
            <div className={styles.tableContainer}>
                <Table aria-label={`Utbetalinger for sykmeldingsperiode fra ${formattedFom} til ${formattedTom}`}>
                    <Table.Header>
                        <Table.Row>
                            <Table.ColumnHeader className={styles.header} scope="col" colSpan={1}>
                                Dato
                            </Table.ColumnHeader>
                            <Table.ColumnHeader className={styles.header} scope="col" colSpan={1}>
                                Dagtype
                            </Table.ColumnHeader>
                            <Table.ColumnHeader className={styles.header} scope="col" colSpan={1}>
                                Grad
                            </Table.ColumnHeader>
                            <Table.ColumnHeader className={styles.header} scope="col" colSpan={1}>
                                Kilde
                            </Table.ColumnHeader>
                            <Table.ColumnHeader className={styles.header} scope="col" colSpan={1}>
                                Total grad
                            </Table.ColumnHeader>
                            {!erSelvstendigNæring && (
                                <Table.ColumnHeader className={styles.header} scope="col" colSpan={1}>
                                    <HStack align="center" gap="space-8" wrap={false}>
                                        <Arbeidsgiverikon />
                                        Refusjon
                                    </HStack>
                                </Table.ColumnHeader>
                            )}
                            <Table.ColumnHeader className={styles.header} scope="col" colSpan={1}>
                                <HStack align="center" gap="space-8" wrap={false}>
                                    <Sykmeldtikon />
                                    Utbetaling
                                </HStack>
                            </Table.ColumnHeader>
                            <Table.ColumnHeader className={styles.header} scope="col" colSpan={1}>
                                Dager igjen
                            </Table.ColumnHeader>
                            <Table.ColumnHeader className={styles.header} scope="col" colSpan={1}>
                                Merknader
                            </Table.ColumnHeader>
                            {overstyrer && <Table.HeaderCell className={styles.header} scope="col" colSpan={1} />}
                        </Table.Row>
                    </Table.Header>
                    <Table.Body>
                        {dagerList.length > 0 && (
                            <TotalRow
                                dager={dagerList}
                                overstyrer={overstyrer}
                                erSelvstendigNæring={erSelvstendigNæring}
                            />
                        )}
                        {dagerList.map((tabelldag, i) => (
                            <Row
                                key={i}
                                dag={tabelldag}
                                erMarkert={markerteDager?.get(tabelldag.dato) !== undefined}
                                erOverstyrt={lokaleOverstyringer?.get(tabelldag.dato) !== undefined}
                            >
                                <DateCell date={tabelldag.dato} />
                                <DagtypeCell
                                    tabelldag={tabelldag}
                                    overstyrtDag={lokaleOverstyringer?.get(tabelldag.dato)}
                                />
                                <GradCell
                                    tabelldag={tabelldag}
                                    overstyrtDag={lokaleOverstyringer?.get(tabelldag.dato)}
                                />
                                <KildeCell
                                    type={tabelldag.dag.speilDagtype}
                                    kilde={tabelldag.kilde.type}
                                    overstyringer={tabelldag.overstyringer}
                                />
                                <TotalGradCell
                                    type={tabelldag.dag.speilDagtype}
                                    totalGradering={tabelldag.totalGradering}
                                    erOverstyrt={!!lokaleOverstyringer?.get(tabelldag.dato)}
                                    erNyDag={tabelldag.erNyDag}
                                />
                                {!erSelvstendigNæring && (
                                    <UtbetalingCell
                                        utbetaling={tabelldag.arbeidsgiverbeløp}
                                        erOverstyrt={!!lokaleOverstyringer?.get(tabelldag.dato)}
                                        erNyDag={tabelldag.erNyDag}
                                    />
                                )}
                                <UtbetalingCell
                                    utbetaling={tabelldag.personbeløp}
                                    erOverstyrt={!!lokaleOverstyringer?.get(tabelldag.dato)}
                                    erNyDag={tabelldag.erNyDag}
                                />
                                <GjenståendeDagerCell
                                    gjenståendeDager={tabelldag.dagerIgjen}
                                    erOverstyrt={!!lokaleOverstyringer?.get(tabelldag.dato)}
                                    erNyDag={tabelldag.erNyDag}
                                />
                                <MerknaderCell
                                    style={{ width: '100%' }}
                                    dag={tabelldag}
                                    alderVedSkjæringstidspunkt={alderVedSkjæringstidspunkt}
                                />
                                {overstyrer && (
                                    <SlettNyDagCell
                                        slettSisteNyeDag={slettSisteNyeDag}
                                        nyDag={
                                            tabelldag.kilde.type === 'SAKSBEHANDLER' && tabelldag.kilde.id == undefined
                                        }
                                        visSlettKnapp={i === 0}
                                    />
                                )}
                            </Row>
                        ))}
                    </Table.Body>
                </Table>
            </div>
        </section>
    );
};
