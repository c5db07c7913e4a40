import React, { useEffect, useMemo, useRef, useState } from 'react';

import { TrashIcon } from '@navikt/aksel-icons';
import { BodyShort, Button, ExpansionCard, Heading, Label, Modal, Provider } from '@navikt/ds-react';
import dayjs from 'dayjs';
import { uniq } from 'lodash';

import useOnClickOutside from 'app/hooks/useOnClickOutside';
import { KalenderDag } from 'app/models/KalenderDag';
import { formats, getDatesInDateRange, getDatesInMonth, getMonthAndYear, isDateInDates, isWeekend } from 'app/utils';
import DateRange from '../../models/types/DateRange';
import CalendarGrid from './CalendarGrid';

export interface ModalContentProps {
    selectedDates?: Date[];
    toggleModal?: () => void;
    clearSelectedDates?: () => void;
}

interface OwnProps {
    gyldigePerioder: DateRange[];
    ModalContent: React.ReactElement<ModalContentProps>;
    slettPeriode: (dates?: Date[]) => void;
    disableWeekends?: boolean;
    dateContentRenderer: (date: Date, isDisabled?: boolean) => React.ReactNode;
    kalenderdager?: KalenderDag[];
    tittelRenderer?: (date: Date) => React.ReactNode;
}

export const TidsbrukKalender = ({
    gyldigePerioder,
    ModalContent,
    slettPeriode,
    dateContentRenderer,
    kalenderdager,
    disableWeekends = true,
    tittelRenderer = getMonthAndYear,
}: OwnProps) => {
    const kalenderRef = useRef<HTMLDivElement>(null);
    const [shiftKeydown, setShiftKeydown] = useState(false);
    const [selectedDates, setSelectedDates] = useState<Date[]>([]);
    const [visKalender, setVisKalender] = useState<boolean>(false);
    const [visModal, setVisModal] = useState<boolean>(false);
    const [previouslySelectedDate, setPreviouslySelectedDate] = useState<Date | null>(null);
    const førsteGyldigePeriode = gyldigePerioder[0];

    useEffect(() => {
        const onKeyDown = (event: KeyboardEvent) => {
            if (event.key === 'Shift') {
                setShiftKeydown(true);
            }
            if (event.key === 'Escape') {
                setSelectedDates([]);
            }
        };
        const onKeyUp = (event: KeyboardEvent) => {
            if (event.key === 'Shift') {
                setShiftKeydown(false);
                setPreviouslySelectedDate(null);
            }
        };
        document.addEventListener('keydown', onKeyDown);
        document.addEventListener('keyup', onKeyUp);
        return () => {
            document.removeEventListener('keydown', onKeyDown);
            document.removeEventListener('keyup', onKeyUp);
        };
    }, []);

    const clearSelectedDates = () => {
        setSelectedDates([]);
    };

    const toggleKalender = () => {
        setVisKalender(!visKalender);
        if (selectedDates.length) {
            setSelectedDates([]);
        }
    };

    useOnClickOutside(kalenderRef, (event) => {
        if (visModal) {
            return;
        }

        const target = event.target;
        if (!(target instanceof Element)) {
            clearSelectedDates();
            return;
        }

        if (!target.closest('.exempt-from-click-outside, .ReactModal__Overlay')) {
            clearSelectedDates();
        }
    });

    const toggleModal = () => setVisModal(!visModal);

    const formatDate = (date: string | Date) => dayjs(date).format('YYYY-MM-DD');

    const datoerIGyldigePerioder = useMemo(
        () =>
            new Set(
                gyldigePerioder.flatMap((gyldigPeriode) =>
                    Array.from(getDatesInDateRange(gyldigPeriode)).map(formatDate),
                ),
            ),
        [gyldigePerioder],
    );
    const disabledDates = useMemo(() => {
        if (!førsteGyldigePeriode) {
            return [];
        }

        const datoer = gyldigePerioder.flatMap((gyldigPeriode) => getDatesInDateRange(gyldigPeriode));
        return getDatesInMonth(førsteGyldigePeriode.fom)
            .map((date) => {
                if (!isDateInDates(date, datoer) || (disableWeekends && isWeekend(date))) {
                    return date;
                }
                return false;
            })
            .filter((v) => v instanceof Date) as Date[];
    }, [førsteGyldigePeriode, gyldigePerioder, disableWeekends]);

    const toggleDay = (date: Date) => {
        if (selectedDates.some((v) => dayjs(v).isSame(date))) {
            setSelectedDates(selectedDates.filter((v) => !dayjs(v).isSame(date)));
        } else {
            setSelectedDates([...selectedDates, date]);
        }
        setPreviouslySelectedDate(date);
    };

    const selectDates = (dates: Date[]) => {
        setSelectedDates(
            uniq([...selectedDates, ...dates]).filter((date) =>
                disabledDates.every((disabledDate) => !dayjs(disabledDate).isSame(date)),
            ),
        );
    };

    const selectRange = (date: Date): void => {
        if (!previouslySelectedDate) {
            toggleDay(date);
            return;
        }
        const dates = [previouslySelectedDate, date].sort((a, b) => a.getTime() - b.getTime());
        selectDates(getDatesInDateRange({ fom: dates[0], tom: dates[1] }));
    };

    const someSelectedDaysHaveContent = kalenderdager
        ?.map((kalenderdag) => dayjs(kalenderdag.date).format(formats.DDMMYYYY))
        .some((date) =>
            selectedDates.map((selectedDate) => dayjs(selectedDate).format(formats.DDMMYYYY)).includes(date),
        );
    const hasSelectedDisabledDate = disabledDates
        .map((date) => dayjs(date).format(formats.DDMMYYYY))
        .some((date) =>
            selectedDates.map((selectedDate) => dayjs(selectedDate).format(formats.DDMMYYYY)).includes(date),
        );
    const kalenderdagerIGyldigePerioder = useMemo(
        () =>
            kalenderdager
                ?.map((kalenderdag) => formatDate(kalenderdag.date))
                .filter((date) => datoerIGyldigePerioder.has(date)),
        [kalenderdager, datoerIGyldigePerioder],
    );

    const kanRegistrereTid = !!selectedDates.length && !hasSelectedDisabledDate && !someSelectedDaysHaveContent;
    const kanSletteTid = selectedDates.length > 0 && someSelectedDaysHaveContent;

    if (!førsteGyldigePeriode) {
        return null;
    }

    const tittel = (
        <>
            <Heading size="xsmall">{tittelRenderer(førsteGyldigePeriode.fom)}</Heading>
            {kalenderdagerIGyldigePerioder?.length ? (
                <BodyShort>{`${kalenderdagerIGyldigePerioder?.length} dager registrert`}</BodyShort>
            ) : (
                <BodyShort>Ingen dager registrert</BodyShort>
            )}
        </>
    );

    return (
        <ExpansionCard
            open={visKalender}
            onToggle={toggleKalender}
            aria-labelledby={førsteGyldigePeriode.fom.toISOString()}
            ref={kalenderRef}
            className="mt-3"
        >
            <ExpansionCard.Header>
                <Label>{tittel}</Label>
            </ExpansionCard.Header>
            <ExpansionCard.Content>
                {visKalender && (
                    <div className="exempt-from-click-outside">
                        <CalendarGrid
                            onDateClick={(date) => (shiftKeydown ? selectRange(date) : toggleDay(date))}
                            month={førsteGyldigePeriode}
                            disabledDates={disabledDates as Date[]}
                            disableWeekends={disableWeekends}
                            dateContentRenderer={dateContentRenderer}
                            selectedDates={selectedDates}
                        />
                        <div style={{ marginTop: '1.875rem' }}>
                            <Button
                                variant="primary"
                                style={{ display: kanRegistrereTid ? 'inherit' : 'none' }}
                                onClick={toggleModal}
                            >
                                Registrer tid
                            </Button>
                            {kanSletteTid && (
                                <Button
                                    icon={<TrashIcon />}
                                    size="small"
                                    variant="tertiary"
                                    className="slett"
                                    onClick={() => {
                                        slettPeriode(selectedDates);
                                        clearSelectedDates();
                                    }}
                                >
                                    Slett registrert tid
                                </Button>
                            )}
                        </div>
                        <Provider rootElement={kalenderRef.current || undefined}>
                            <Modal
                                className="venstrestilt max-w-112.5 exempt-from-click-outside"
                                open={visModal}
                                onClose={() => {
                                    setVisModal(false);
                                    clearSelectedDates();
                                }}
                                aria-label="Modal"
                            >
                                <Modal.Body>
                                    {visModal &&
                                        React.cloneElement<ModalContentProps>(ModalContent, {
                                            selectedDates,
                                            toggleModal,
                                            clearSelectedDates,
                                        })}
                                </Modal.Body>
                            </Modal>
                        </Provider>
                    </div>
                )}
            </ExpansionCard.Content>
        </ExpansionCard>
    );
};

export default React.memo(TidsbrukKalender);
