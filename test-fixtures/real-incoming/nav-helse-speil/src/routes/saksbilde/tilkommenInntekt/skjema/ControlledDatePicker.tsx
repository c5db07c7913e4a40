import React from 'react';
import {useController} from 'react-hook-form';

import {DatePicker, useDatepicker} from '@navikt/ds-react';

import {DatePeriod, DateString} from '@typer/shared';
import {dateTilNorskDato, erGyldigNorskDato, norskDatoTilDate, plussEnDag, somDate} from '@utils/date';

type ControlledDatePickerProps = {
    name: string;
    error?: boolean;
    label: string;
    hideLabel?: boolean;
    gyldigePerioder: DatePeriod[];
    erGyldigDato: (dato: string) => boolean;
    id: string;
    defaultMonth?: DateString;
};

const tidligsteDag = (dato: DateString[]) =>
    dato.reduce((previousValue, currentValue) => (currentValue < previousValue ? currentValue : previousValue));

const senesteDag = (dato: DateString[]) =>
    dato.reduce((previousValue, currentValue) => (currentValue > previousValue ? currentValue : previousValue));

export const ControlledDatePicker = ({
    name,
    error = false,
    label,
    hideLabel = false,
    gyldigePerioder,
    erGyldigDato,
    id,
    defaultMonth = undefined,
}: ControlledDatePickerProps) => {
    const { field, fieldState } = useController({ name });
    const tidligsteFom = tidligsteDag(gyldigePerioder.map((periode) => periode.fom));
    const senesteTom = senesteDag(gyldigePerioder.map((periode) => periode.tom));
    const dagenEtterSenesteFom = plussEnDag(senesteDag(gyldigePerioder.map((periode) => periode.fom)));
    const { datepickerProps, inputProps } = useDatepicker({
        disabled: [(date) => !erGyldigDato(dateTilNorskDato(date))],
        defaultMonth: somDate(defaultMonth ?? dagenEtterSenesteFom),
        defaultSelected:
            typeof field.value === 'string' && erGyldigNorskDato(field.value)
                ? norskDatoTilDate(field.value)
                : undefined,
        fromDate: somDate(tidligsteFom),
        toDate: somDate(senesteTom),
        required: true,
        onDateChange: (date) => {
            field.onChange(date ? dateTilNorskDato(date) : '');
            field.onBlur();
        },
    });
    return (
        <DatePicker {...datepickerProps} dropdownCaption>
            <DatePicker.Input
                {...inputProps}
                // Både inputProps og field har onChange-funksjon, vi kaller begge to for riktig state
                onChange={(event) => {
                    inputProps.onChange?.(event);
                    field.onChange(event);
                }}
                // Både inputProps og field har onBlur-funksjoner, vi bør kalle begge mtp. validering
                onBlur={(event) => {
                    inputProps.onBlur?.(event);
                    field.onBlur();
                }}
                disabled={field.disabled}
                label={label}
                hideLabel={hideLabel}
                error={error ? fieldState.error?.message != undefined : fieldState.error?.message}
                size="small"
                style={{ width: '110px' }}
                id={id}
            />
        </DatePicker>
    );
};
