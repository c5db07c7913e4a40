import { friendlyFormatIBAN } from 'ibantools';
import { $ApplicationSummaryField } from 'kesaseteli/employer/components/application/summary/ApplicationSummary.sc';
import EmploymentSummary from 'kesaseteli/employer/components/application/summary/EmploymentSummary';
import useApplicationApi from 'kesaseteli/employer/hooks/application/useApplicationApi';
import { getIsForeignIban } from 'kesaseteli/employer/hooks/application/useIsForeignIban';
import { useTranslation } from 'next-i18next';
import React from 'react';
import FormSection from 'shared/components/forms/section/FormSection';
import {
  $Hr,
  FormSectionProps,
} from 'shared/components/forms/section/FormSection.sc';
import FormSectionHeading from 'shared/components/forms/section/FormSectionHeading';
import PageLoadingSpinner from 'shared/components/pages/PageLoadingSpinner';

type Props = {
  header?: FormSectionProps['header'];
  tooltip?: FormSectionProps['tooltip'];
  filterVoucherId?: string; // Optional: Show only voucher with this ID (useful for summary step)
};

const ApplicationSummary: React.FC<Props> = ({
  header,
  tooltip,
  filterVoucherId,
}) => {
  const { t } = useTranslation();
  const { applicationQuery } = useApplicationApi();
  if (applicationQuery.isSuccess) {
    const {
      company,
      contact_person_name,
      contact_person_email,
      contact_person_phone_number,
      street_address,
      bank_account_number,
      payee_name,
      payee_address,
      bank_swift_bic_code,
      bank_name,
      bank_address,
      summer_vouchers,
    } = applicationQuery.data;

    const visibleVouchers = filterVoucherId
      ? summer_vouchers.filter((v) => v.id === filterVoucherId)
      : summer_vouchers;

    const isForeignIban = getIsForeignIban(bank_account_number);

    return (
      <div data-testid="application-summary">
        <FormSection
          header={header}
          tooltip={tooltip}
          columns={1}
          aria-label={t('common:application.step2.employerTitle')}
          data-testid="employer-section"
        >
          <FormSectionHeading
            header={t('common:application.step2.employerTitle')}
            size="m"
          />
          <FormSectionHeading
            header={`${company.name}, ${company.business_id}`}
            size="s"
            as="div"
            data-testid="company-heading"
          />
          <$ApplicationSummaryField data-testid="industry">
            {t('common:application.step1.companyInfoGrid.header.industry')}:{' '}
            {company.industry || '-'}
          </$ApplicationSummaryField>
          <$ApplicationSummaryField data-testid="company_form">
            {t('common:application.step1.companyInfoGrid.header.company_form')}:{' '}
            {company.company_form || '-'}
          </$ApplicationSummaryField>
          <$ApplicationSummaryField data-testid="postcode">
            {t('common:application.step1.companyInfoGrid.header.postcode')}:{' '}
            {company.postcode || '-'}
          </$ApplicationSummaryField>
          <$ApplicationSummaryField data-testid="city">
            {t('common:application.step1.companyInfoGrid.header.city')}:{' '}
            {company.city || '-'}
          </$ApplicationSummaryField>
          <$ApplicationSummaryField data-testid="contact_person_name">
            {t('common:application.form.inputs.contact_person_name')}:{' '}
            {contact_person_name}
          </$ApplicationSummaryField>
          <$ApplicationSummaryField data-testid="contact_person_email">
            {t('common:application.form.inputs.contact_person_email')}:{' '}
            {contact_person_email}
          </$ApplicationSummaryField>
          <$ApplicationSummaryField data-testid="contact_person_phone_number">
            {t('common:application.form.inputs.contact_person_phone_number')}:{' '}
            {contact_person_phone_number}
          </$ApplicationSummaryField>
          <$ApplicationSummaryField data-testid="street_address">
            {t('common:application.form.inputs.street_address')}:{' '}
            {street_address}
          </$ApplicationSummaryField>
          <$ApplicationSummaryField data-testid="bank_account_number">
            {t('common:application.form.inputs.bank_account_number')}:{' '}
            {friendlyFormatIBAN(bank_account_number)}
          </$ApplicationSummaryField>
          {isForeignIban && (
            <>
              <$ApplicationSummaryField data-testid="payee_name">
                {t('common:application.form.inputs.payee_name')}:{' '}
                {payee_name || '-'}
              </$ApplicationSummaryField>
              <$ApplicationSummaryField data-testid="payee_address">
                {t('common:application.form.inputs.payee_address')}:{' '}
                {payee_address || '-'}
              </$ApplicationSummaryField>
              <$ApplicationSummaryField data-testid="bank_swift_bic_code">
                {t('common:application.form.inputs.bank_swift_bic_code')}:{' '}
                {bank_swift_bic_code || '-'}
              </$ApplicationSummaryField>
              <$ApplicationSummaryField data-testid="bank_name">
                {t('common:application.form.inputs.bank_name')}:{' '}
                {bank_name || '-'}
              </$ApplicationSummaryField>
              <$ApplicationSummaryField data-testid="bank_address">
                {t('common:application.form.inputs.bank_address')}:{' '}
                {bank_address || '-'}
              </$ApplicationSummaryField>
            </>
          )}
        </FormSection>
        <FormSection
          header={t('common:application.step2.employmentTitle')}
          size="m"
          columns={1}
          withoutDivider
          data-testid="employment-section"
        >
          {visibleVouchers.map((employment) => {
            // Find original index for EmploymentSummary if needed?
            // EmploymentSummary takes `index` prop to access `summer_vouchers[index]`.
            // So we need to find the REAL index of this voucher in the original array.
            const realIndex = summer_vouchers.findIndex(
              (v) => v.id === employment.id
            );
            return (
              <React.Fragment key={employment.id}>
                <EmploymentSummary index={realIndex} />
                <$Hr />
              </React.Fragment>
            );
          })}
        </FormSection>
      </div>
    );
  }
  return <PageLoadingSpinner />;
};

export default ApplicationSummary;
