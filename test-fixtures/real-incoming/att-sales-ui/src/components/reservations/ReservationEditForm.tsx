import React, { useEffect } from 'react';
import { Controller, useForm, SubmitHandler, get } from 'react-hook-form';
import { Checkbox, Option, Select, TextArea, TextInput } from 'hds-react';
import { useTranslation } from 'react-i18next';
import { yupResolver } from '@hookform/resolvers/yup';
import * as yup from 'yup';

import { ApartmentReservationWithCustomer, ReservationEditFormData } from '../../types';
import { ApartmentReservationStates } from '../../enums';

const T_PATH = 'components.reservations.ReservationEditForm';

interface IProps {
  formId: string;
  reservation: ApartmentReservationWithCustomer;
  handleFormCallback: (data: ReservationEditFormData) => void;
  handleFormValuesChange?: (data: ReservationEditFormData) => void;
  queuePositionMax?: number;
}

const ReservationEditForm = ({
  formId,
  reservation,
  handleFormCallback,
  handleFormValuesChange,
  queuePositionMax,
}: IProps): JSX.Element => {
  const { t } = useTranslation();
  const schema = yup.object({
    state: yup.string().required(t(`${T_PATH}.stateRequired`)),
    comment: yup.string().nullable(),
    queue_position: yup
      .number()
      .nullable()
      .transform((value, originalValue) => (originalValue === '' ? null : value))
      .integer(t(`${T_PATH}.queuePositionInteger`))
      .min(1, t(`${T_PATH}.queuePositionMin`)),
    submitted_late: yup.bool().optional(),
  });
  const {
    control,
    handleSubmit,
    register,
    reset,
    setValue,
    watch,
    formState: { errors },
  } = useForm<ReservationEditFormData>({
    resolver: yupResolver(schema),
  });

  useEffect(() => {
    if (reservation) {
      // Use reservation state as initial form state
      reset({
        state: reservation.state,
        comment: '',
        queue_position: reservation.queue_position ?? null,
        submitted_late: reservation.submitted_late,
      });
    }
  }, [reservation, reset]);

  useEffect(() => {
    if (!handleFormValuesChange) return;
    const subscription = watch((values) => {
      handleFormValuesChange(values as ReservationEditFormData);
    });
    return () => subscription.unsubscribe();
  }, [handleFormValuesChange, watch]);

  const onSubmit: SubmitHandler<ReservationEditFormData> = (data, event) => {
    event?.preventDefault();
    handleFormCallback(data);
  };

  const stateOptions = (): Option[] => {
    const options: Option[] = [];

    Object.entries(ApartmentReservationStates).forEach((state) => {
      const enumName = state[0];
      const enumValue = state[1];

      // Keep canceled/submitted hidden unless it is the current reservation state.
      if (
        (enumValue === ApartmentReservationStates.CANCELED || enumValue === ApartmentReservationStates.SUBMITTED) &&
        enumValue !== reservation.state
      ) {
        return null;
      }

      return options.push({
        label: t(`ENUMS.ApartmentReservationStates.${enumName}`),
        // name: 'state',
        value: enumValue,
        disabled: enumValue.indexOf('offer') !== -1, // disable options that contains "offer"
        selected: false,
        isGroupLabel: false,
        visible: true,
      });
    });

    return options;
  };

  const getStateOption = (value: string) => {
    if (value === '') return undefined;
    return stateOptions().filter((option) => option.value === value);
  };

  return (
    <form id={formId} onSubmit={handleSubmit(onSubmit)}>
      <Controller
        name="state"
        control={control}
        render={({ field }) => (
          <Select
            texts={{
              label: t(`${T_PATH}.state`),
              error: get(errors, 'state')?.message,
            }}
            id="state"
            placeholder={t(`${T_PATH}.state`)}
            required
            invalid={Boolean(get(errors, 'state'))}
            options={stateOptions()}
            value={getStateOption(field.value || '')}
            onChange={(selected: Option[], clickedOption: Option) => {
              field.onChange(clickedOption.value as ApartmentReservationStates);
            }}
            style={{ marginBottom: '1rem' }}
          />
        )}
      />
      <TextArea
        id="additionalInfo"
        label={t(`${T_PATH}.additionalInfo`)}
        invalid={Boolean(errors.comment)}
        errorText={errors.comment?.message}
        autoComplete="off"
        maxLength={255}
        {...register('comment')}
      />
      <TextInput
        id="queuePosition"
        type="number"
        label={t(`${T_PATH}.queuePosition`)}
        invalid={Boolean(errors.queue_position)}
        errorText={errors.queue_position?.message}
        min={1}
        max={queuePositionMax}
        style={{ marginTop: '1rem' }}
        {...register('queue_position', {
          setValueAs: (value) => (value === '' ? null : Number(value)),
        })}
      />
      <Controller
        name="submitted_late"
        control={control}
        render={({ field }) => (
          <Checkbox
            id="submittedLate"
            label={t(`${T_PATH}.submittedLate`)}
            style={{ marginTop: '1rem' }}
            checked={Boolean(field.value)}
            onChange={(event) => field.onChange(event.target.checked)}
          />
        )}
      />
    </form>
  );
};

export default ReservationEditForm;
