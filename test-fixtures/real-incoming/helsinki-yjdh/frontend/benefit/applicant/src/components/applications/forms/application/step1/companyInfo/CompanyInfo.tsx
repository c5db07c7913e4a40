import { useDependentFieldsEffect } from 'benefit/applicant/hooks/useDependentFieldsEffect';
import { translateBackendErrorMessage } from 'benefit/applicant/utils/common';
import { ATTACHMENT_TYPES, ORGANIZATION_TYPES } from 'benefit-shared/constants';
import { Application } from 'benefit-shared/types/application';
import { FormikProps } from 'formik';
import {
  IconCheckCircleFill,
  SelectionGroup,
  TextArea,
  TextInput,
  Tooltip,
} from 'hds-react';
import React from 'react';
import InputMask from 'react-input-mask';
import LoadingSkeleton from 'react-loading-skeleton';
import {
  $Checkbox,
  $RadioButton,
} from 'shared/components/forms/fields/Fields.sc';
import FormSection from 'shared/components/forms/section/FormSection';
import {
  $Grid,
  $GridCell,
} from 'shared/components/forms/section/FormSection.sc';
import { useTheme } from 'styled-components';

import {
  $ApplicationDetailLabel,
  $ApplicationDetailRow,
  $ApplicationDetailValue,
  $HintText,
} from '../../ApplicationInfo.sc';
import AttachmentsList from '../../step3/attachmentsList/AttachmentsList';
import useCompanyInfo, { CompanyInfoFields } from './useCompanyInfo';

export interface CompanyInfoProps {
  getErrorMessage: (fieldName: string) => string | undefined;
  fields: CompanyInfoFields;
  translationsBase: string;
  formik: FormikProps<Partial<Application>>;
}

const CompanyInfo: React.FC<CompanyInfoProps> = ({
  getErrorMessage,
  fields,
  translationsBase,
  formik,
}) => {
  const {
    t,
    data,
    isLoading,
    shouldShowSkeleton,
    error,
    clearAlternativeAddressValues,
  } = useCompanyInfo(fields, formik);

  useDependentFieldsEffect(
    {
      useAlternativeAddress: formik.values.useAlternativeAddress,
    },
    {
      isFormDirty: formik.dirty,
      clearAlternativeAddressValues,
    }
  );

  const theme = useTheme();

  return (
    <FormSection
      headerLevel="h2"
      header={t(`${translationsBase}.heading1`)}
      loading={isLoading}
    >
      <$GridCell
        as={$Grid}
        $colSpan={12}
        css={`
          row-gap: ${theme.spacing.xl};
        `}
      >
        <$GridCell as={$Grid} $colSpan={12}>
          <$GridCell $colSpan={6}>
            {shouldShowSkeleton ? (
              <LoadingSkeleton width="90%" count={2} />
            ) : (
              <dl>
                <$ApplicationDetailRow>
                  <$ApplicationDetailLabel>
                    {t(`${translationsBase}.fields.companyName`)}
                  </$ApplicationDetailLabel>
                  <$ApplicationDetailValue>
                    {data.name}
                    <IconCheckCircleFill
                      color="var(--color-tram)"
                      aria-hidden="true"
                      aria-label="check"
                    />
                  </$ApplicationDetailValue>
                </$ApplicationDetailRow>
                <$ApplicationDetailRow>
                  <$ApplicationDetailLabel>
                    {t(`${translationsBase}.fields.companyBusinessId`)}
                  </$ApplicationDetailLabel>
                  <$ApplicationDetailValue>
                    {data.businessId}
                    <IconCheckCircleFill
                      color="var(--color-tram)"
                      aria-hidden="true"
                      aria-label="check"
                    />
                  </$ApplicationDetailValue>
                </$ApplicationDetailRow>
                <$ApplicationDetailRow>
                  <$ApplicationDetailLabel>
                    {t(`${translationsBase}.fields.companyAddress`)}
                  </$ApplicationDetailLabel>
                  <$ApplicationDetailValue>
                    {data.streetAddress}
                    <IconCheckCircleFill
                      color="var(--color-tram)"
                      aria-hidden="true"
                      aria-label="check"
                    />
                  </$ApplicationDetailValue>
                </$ApplicationDetailRow>
                <$ApplicationDetailRow>
                  <$ApplicationDetailLabel>
                    {t(`${translationsBase}.fields.companyPostcode`)}
                  </$ApplicationDetailLabel>
                  <$ApplicationDetailValue>
                    {data.postcode}
                    <IconCheckCircleFill
                      color="var(--color-tram)"
                      aria-hidden="true"
                      aria-label="check"
                    />
                  </$ApplicationDetailValue>
                </$ApplicationDetailRow>
                <$ApplicationDetailRow>
                  <$ApplicationDetailLabel>
                    {t(`${translationsBase}.fields.companyCity`)}
                  </$ApplicationDetailLabel>
                  <$ApplicationDetailValue>
                    {data.city}
                    <IconCheckCircleFill
                      color="var(--color-tram)"
                      aria-hidden="true"
                      aria-label="check"
                    />
                  </$ApplicationDetailValue>
                </$ApplicationDetailRow>
              </dl>
            )}
          </$GridCell>
          <$GridCell $colSpan={8}>
            {error?.message && translateBackendErrorMessage(t, error) ? (
              translateBackendErrorMessage(t, error)
            ) : (
              <$HintText>
                <IconCheckCircleFill
                  color="var(--color-tram)"
                  aria-hidden="true"
                  aria-label="check"
                />
                {t(
                  `${translationsBase}.notifications.companyInformation.content`
                )}
              </$HintText>
            )}
          </$GridCell>
          <$GridCell $colSpan={6}>
            <$Checkbox
              id={fields.useAlternativeAddress.name}
              disabled={isLoading || !!error}
              name={fields.useAlternativeAddress.name}
              label={fields.useAlternativeAddress.label}
              checked={formik.values.useAlternativeAddress === true}
              errorText={getErrorMessage(fields.useAlternativeAddress.name)}
              onChange={formik.handleChange}
              onBlur={formik.handleBlur}
              aria-invalid={
                !!getErrorMessage(fields.useAlternativeAddress.name)
              }
            />
          </$GridCell>
          {formik.values.useAlternativeAddress && (
            <$GridCell
              as={$Grid}
              $colSpan={12}
              css={`
                margin-top: ${theme.spacing.l};
              `}
            >
              <$GridCell $colSpan={4}>
                <TextInput
                  id={fields.companyDepartment.name}
                  name={fields.companyDepartment.name}
                  label={fields.companyDepartment.label}
                  placeholder={fields.companyDepartment.placeholder}
                  onBlur={formik.handleBlur}
                  onChange={formik.handleChange}
                  value={formik.values.companyDepartment}
                  invalid={!!getErrorMessage(fields.companyDepartment.name)}
                  aria-invalid={
                    !!getErrorMessage(fields.companyDepartment.name)
                  }
                  errorText={getErrorMessage(fields.companyDepartment.name)}
                />
              </$GridCell>
              <$GridCell $colStart={1} $colSpan={4}>
                <TextInput
                  id={fields.alternativeCompanyStreetAddress.name}
                  name={fields.alternativeCompanyStreetAddress.name}
                  label={fields.alternativeCompanyStreetAddress.label}
                  placeholder={
                    fields.alternativeCompanyStreetAddress.placeholder
                  }
                  onBlur={formik.handleBlur}
                  onChange={formik.handleChange}
                  value={formik.values.alternativeCompanyStreetAddress}
                  invalid={
                    !!getErrorMessage(
                      fields.alternativeCompanyStreetAddress.name
                    )
                  }
                  aria-invalid={
                    !!getErrorMessage(
                      fields.alternativeCompanyStreetAddress.name
                    )
                  }
                  errorText={getErrorMessage(
                    fields.alternativeCompanyStreetAddress.name
                  )}
                  required
                />
              </$GridCell>
              <$GridCell $colSpan={2}>
                <TextInput
                  id={fields.alternativeCompanyPostcode.name}
                  name={fields.alternativeCompanyPostcode.name}
                  label={fields.alternativeCompanyPostcode.label}
                  placeholder={fields.alternativeCompanyPostcode.placeholder}
                  onBlur={formik.handleBlur}
                  onChange={formik.handleChange}
                  value={formik.values.alternativeCompanyPostcode}
                  invalid={
                    !!getErrorMessage(fields.alternativeCompanyPostcode.name)
                  }
                  aria-invalid={
                    !!getErrorMessage(fields.alternativeCompanyPostcode.name)
                  }
                  errorText={getErrorMessage(
                    fields.alternativeCompanyPostcode.name
                  )}
                  required
                />
              </$GridCell>
              <$GridCell $colSpan={4}>
                <TextInput
                  id={fields.alternativeCompanyCity.name}
                  name={fields.alternativeCompanyCity.name}
                  label={fields.alternativeCompanyCity.label}
                  placeholder={fields.alternativeCompanyCity.placeholder}
                  onBlur={formik.handleBlur}
                  onChange={formik.handleChange}
                  value={formik.values.alternativeCompanyCity}
                  invalid={
                    !!getErrorMessage(fields.alternativeCompanyCity.name)
                  }
                  aria-invalid={
                    !!getErrorMessage(fields.alternativeCompanyCity.name)
                  }
                  errorText={getErrorMessage(
                    fields.alternativeCompanyCity.name
                  )}
                  required
                />
              </$GridCell>
            </$GridCell>
          )}
        </$GridCell>

        <$GridCell $colSpan={4}>
          <InputMask
            mask={fields.companyBankAccountNumber.mask?.format ?? ''}
            maskChar={null}
            value={formik.values.companyBankAccountNumber}
            onBlur={formik.handleBlur}
            onChange={(e) => {
              const initValue = e.target.value;
              const value =
                fields.companyBankAccountNumber.mask?.stripVal(initValue) ??
                initValue;
              return formik.setFieldValue(
                fields.companyBankAccountNumber.name,
                value
              );
            }}
          >
            {
              ((props: Record<string, unknown>) => (
                <TextInput
                  {...props}
                  id={fields.companyBankAccountNumber.name}
                  name={fields.companyBankAccountNumber.name}
                  label={fields.companyBankAccountNumber.label}
                  invalid={
                    !!getErrorMessage(fields.companyBankAccountNumber.name)
                  }
                  aria-invalid={
                    !!getErrorMessage(fields.companyBankAccountNumber.name)
                  }
                  errorText={getErrorMessage(
                    fields.companyBankAccountNumber.name
                  )}
                  required
                  helperText={t(
                    `${translationsBase}.fields.companyBankAccountNumber.placeholder`
                  )}
                />
              )) as unknown as React.ReactNode
            }
          </InputMask>
        </$GridCell>
        {data.organizationType.toLowerCase() ===
          ORGANIZATION_TYPES.ASSOCIATION.toLowerCase() && (
          <$GridCell $colSpan={8} $colStart={1}>
            <SelectionGroup
              label={fields.associationHasBusinessActivities.label}
              tooltip={
                <Tooltip>
                  {t(
                    `${translationsBase}.tooltips.${fields.associationHasBusinessActivities.name}`
                  )}
                </Tooltip>
              }
              direction="vertical"
              required
              errorText={getErrorMessage(
                fields.associationHasBusinessActivities.name
              )}
            >
              <$RadioButton
                id={`${fields.associationHasBusinessActivities.name}False`}
                name={fields.associationHasBusinessActivities.name}
                value="false"
                label={t(
                  `${translationsBase}.fields.${fields.associationHasBusinessActivities.name}.no`
                )}
                onChange={() => {
                  void formik.setFieldValue(
                    fields.associationHasBusinessActivities.name,
                    false
                  );
                }}
                // 3 states: null (none is selected), true, false
                checked={
                  formik.values.associationHasBusinessActivities === false
                }
              />
              <$RadioButton
                id={`${fields.associationHasBusinessActivities.name}True`}
                name={fields.associationHasBusinessActivities.name}
                value="true"
                label={t(
                  `${translationsBase}.fields.${fields.associationHasBusinessActivities.name}.yes`
                )}
                onChange={() =>
                  void formik.setFieldValue(
                    fields.associationHasBusinessActivities.name,
                    true
                  )
                }
                checked={
                  formik.values.associationHasBusinessActivities === true
                }
              />
            </SelectionGroup>
          </$GridCell>
        )}
      </$GridCell>
      <$GridCell $colSpan={4}>
        <TextInput
          id={fields.companyNumberOfEmployees.name}
          name={fields.companyNumberOfEmployees.name}
          label={fields.companyNumberOfEmployees.label}
          onBlur={formik.handleBlur}
          onChange={(event) => {
            void formik.setFieldValue(
              fields.companyNumberOfEmployees.name,
              event.target.value.replace(/\D/g, '')
            );
          }}
          value={formik.values.companyNumberOfEmployees?.toString() || ''}
          invalid={!!getErrorMessage(fields.companyNumberOfEmployees.name)}
          aria-invalid={!!getErrorMessage(fields.companyNumberOfEmployees.name)}
          errorText={getErrorMessage(fields.companyNumberOfEmployees.name)}
          required
        />
      </$GridCell>
      <$GridCell $colSpan={12}>
        <TextArea
          id={fields.companyBusinessBrief.name}
          name={fields.companyBusinessBrief.name}
          label={fields.companyBusinessBrief.label}
          onBlur={formik.handleBlur}
          onChange={formik.handleChange}
          value={formik.values.companyBusinessBrief || ''}
          invalid={!!getErrorMessage(fields.companyBusinessBrief.name)}
          aria-invalid={!!getErrorMessage(fields.companyBusinessBrief.name)}
          errorText={getErrorMessage(fields.companyBusinessBrief.name)}
          required
        />
      </$GridCell>
      <$GridCell $colSpan={12}>
        <AttachmentsList
          attachments={formik.values.attachments}
          attachmentType={ATTACHMENT_TYPES.BUSINESS_BRIEF}
        />
      </$GridCell>
      <$GridCell $colSpan={12}>
        <SelectionGroup
          label={fields.purchasedService.label}
          direction="vertical"
          required
          errorText={getErrorMessage(fields.purchasedService.name)}
        >
          <$RadioButton
            id={`${fields.purchasedService.name}False`}
            name={fields.purchasedService.name}
            value="false"
            label={t('common:utility.no')}
            onChange={() => {
              void formik.setFieldValue(fields.purchasedService.name, false);
            }}
            checked={formik.values.purchasedService === false}
          />
          <$RadioButton
            id={`${fields.purchasedService.name}True`}
            name={fields.purchasedService.name}
            value="true"
            label={t('common:utility.yes')}
            onChange={() =>
              void formik.setFieldValue(fields.purchasedService.name, true)
            }
            checked={formik.values.purchasedService === true}
          />
        </SelectionGroup>
      </$GridCell>
    </FormSection>
  );
};

export default CompanyInfo;
