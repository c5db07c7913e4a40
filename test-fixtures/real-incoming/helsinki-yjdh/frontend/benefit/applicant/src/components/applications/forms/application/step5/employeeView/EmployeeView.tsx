import SummarySection from 'benefit/applicant/components/summarySection/SummarySection';
import { BENEFIT_TYPES } from 'benefit-shared/constants';
import { Application } from 'benefit-shared/types/application';
import { ButtonPresetTheme, ButtonVariant, IconPen } from 'hds-react';
import { useTranslation } from 'next-i18next';
import * as React from 'react';
import Button from 'shared/components/button/Button';
import { $GridCell } from 'shared/components/forms/section/FormSection.sc';
import { convertToUIDateFormat } from 'shared/utils/date.utils';
import {
  formatFloatToCurrency,
  formatStringFloatValue,
} from 'shared/utils/string.utils';
import { useTheme } from 'styled-components';

import {
  $ApplicationDetailLabel,
  $ApplicationDetailRow,
  $ApplicationDetailValue,
  $ApplicationDetailWrapper,
} from '../../ApplicationInfo.sc';

export interface EmployeeViewProps {
  data: Application;
  isReadOnly?: boolean;
  handleStepChange: (step: number) => void;
}

const EmployeeView: React.FC<EmployeeViewProps> = ({
  data,
  isReadOnly,
  handleStepChange,
  // eslint-disable-next-line sonarjs/cognitive-complexity
}) => {
  const theme = useTheme();
  const translationsBase = 'common:applications.sections';
  const { t } = useTranslation();

  const getOtherFinancialSupportText = (): string => {
    if (
      data.otherFinancialSupportForEmployment === null ||
      data.otherFinancialSupportForEmployment === undefined
    ) {
      return '-';
    }
    const value = data.otherFinancialSupportForEmployment ? 'yes' : 'no';
    return t(
      `${translationsBase}.employee.fields.otherFinancialSupportForEmployment.${value}`
    );
  };

  const getOtherSubsidisedEmployedText = (): string => {
    if (
      data.otherSubsidisedEmployed === null ||
      data.otherSubsidisedEmployed === undefined
    ) {
      return '-';
    }
    return data.otherSubsidisedEmployed
      ? t('common:utility.yes')
      : t('common:utility.no');
  };

  return (
    <>
      <SummarySection
        header={t(`${translationsBase}.employee.heading1Short`)}
        action={
          !isReadOnly && (
            <Button
              theme={ButtonPresetTheme.Black}
              onClick={() => handleStepChange(2)}
              variant={ButtonVariant.Supplementary}
              iconStart={<IconPen />}
            >
              {t(`common:applications.actions.edit`)}
            </Button>
          )
        }
        withoutDivider
      >
        <$GridCell $colSpan={12}>
          <$ApplicationDetailWrapper $fontSize={theme.fontSize.body.m}>
            <$ApplicationDetailRow data-testid="application-field-firstName">
              <$ApplicationDetailLabel>
                {t(`${translationsBase}.employee.fields.firstName.label`)}
              </$ApplicationDetailLabel>
              <$ApplicationDetailValue>
                {data.employee?.firstName || ''}
              </$ApplicationDetailValue>
            </$ApplicationDetailRow>
            <$ApplicationDetailRow data-testid="application-field-lastName">
              <$ApplicationDetailLabel>
                {t(`${translationsBase}.employee.fields.lastName.label`)}
              </$ApplicationDetailLabel>
              <$ApplicationDetailValue>
                {data.employee?.lastName || ''}
              </$ApplicationDetailValue>
            </$ApplicationDetailRow>
            <$ApplicationDetailRow data-testid="application-field-socialSecurityNumber">
              <$ApplicationDetailLabel>
                {t(
                  `${translationsBase}.employee.fields.socialSecurityNumber.label`
                )}
              </$ApplicationDetailLabel>
              <$ApplicationDetailValue>
                {data.employee?.socialSecurityNumber}
              </$ApplicationDetailValue>
            </$ApplicationDetailRow>
            <$ApplicationDetailRow
              $alignItems="flex-start"
              $forceColumn
              data-testid="application-field-isLivingInHelsinki"
            >
              <$ApplicationDetailLabel>
                {t(
                  `${translationsBase}.employee.fields.isLivingInHelsinki.label`
                )}
              </$ApplicationDetailLabel>
              <$ApplicationDetailValue>
                {t(
                  `${translationsBase}.employee.fields.isLivingInHelsinki.${
                    data.employee?.isLivingInHelsinki ? 'yes' : 'no'
                  }`
                )}
              </$ApplicationDetailValue>
            </$ApplicationDetailRow>
            <$ApplicationDetailRow
              $alignItems="flex-start"
              $forceColumn
              data-testid="application-field-otherFinancialSupportForEmployment"
            >
              <$ApplicationDetailLabel>
                {t(
                  `${translationsBase}.employee.fields.otherFinancialSupportForEmployment.label`
                )}
              </$ApplicationDetailLabel>
              <$ApplicationDetailValue>
                {getOtherFinancialSupportText()}
              </$ApplicationDetailValue>
            </$ApplicationDetailRow>

            <$ApplicationDetailRow
              $alignItems="flex-start"
              $forceColumn
              data-testid="application-field-otherSubsidisedEmployed"
            >
              <$ApplicationDetailLabel>
                {t(
                  `${translationsBase}.employee.fields.otherSubsidisedEmployed.label`
                )}
              </$ApplicationDetailLabel>
              <$ApplicationDetailValue>
                {getOtherSubsidisedEmployedText()}
              </$ApplicationDetailValue>
            </$ApplicationDetailRow>

            {data.otherSubsidisedEmployed && (
              <$ApplicationDetailRow
                $alignItems="flex-start"
                $forceColumn
                data-testid="application-field-otherSubsidisedNumber"
              >
                <$ApplicationDetailLabel>
                  {t(
                    `${translationsBase}.employee.fields.otherSubsidisedNumber.label`
                  )}
                </$ApplicationDetailLabel>
                <$ApplicationDetailValue>
                  {data.otherSubsidisedNumber}
                </$ApplicationDetailValue>
              </$ApplicationDetailRow>
            )}

            {data.associationImmediateManagerCheck && (
              <$ApplicationDetailRow
                $alignItems="flex-start"
                $forceColumn
                data-testid="application-field-associationImmediateManagerCheck"
              >
                <$ApplicationDetailLabel>
                  {t(
                    `${translationsBase}.employee.fields.associationImmediateManagerCheck.label`
                  )}
                </$ApplicationDetailLabel>
                <$ApplicationDetailValue>
                  {t('common:utility.yes')}
                </$ApplicationDetailValue>
              </$ApplicationDetailRow>
            )}
          </$ApplicationDetailWrapper>
        </$GridCell>
      </SummarySection>

      {(data.benefitType === BENEFIT_TYPES.SALARY ||
        data.benefitType === BENEFIT_TYPES.EMPLOYMENT) && (
        <SummarySection
          withoutDivider
          header={t(`${translationsBase}.employee.heading5Employment`)}
        >
          <$GridCell $colSpan={12}>
            <$ApplicationDetailWrapper $fontSize={theme.fontSize.body.m}>
              <$ApplicationDetailRow data-testid="application-field-jobTitle">
                <$ApplicationDetailLabel>
                  {t(`${translationsBase}.employee.fields.jobTitle.label`)}
                </$ApplicationDetailLabel>
                <$ApplicationDetailValue>
                  {data.employee?.jobTitle || '-'}
                </$ApplicationDetailValue>
              </$ApplicationDetailRow>
              <$ApplicationDetailRow data-testid="application-field-roleOfEmployeeInOrganization">
                <$ApplicationDetailLabel>
                  {t(
                    `${translationsBase}.employee.fields.roleOfEmployeeInOrganization.summaryLabel`
                  )}
                </$ApplicationDetailLabel>
                <$ApplicationDetailValue $column>
                  {data?.roleOfEmployeeInOrganization &&
                    data?.roleOfEmployeeInOrganization
                      .split('\n')
                      .map((line, index, array) => (
                        <React.Fragment
                          key={`role-of-employee-${
                            array.slice(0, index + 1).join('').length
                          }-${line.length}-${line.slice(0, 50)}`}
                        >
                          {line}
                          <br />
                        </React.Fragment>
                      ))}
                </$ApplicationDetailValue>
              </$ApplicationDetailRow>
              <$ApplicationDetailRow data-testid="application-field-collectiveBargainingAgreement">
                <$ApplicationDetailLabel>
                  {t(
                    `${translationsBase}.employee.fields.collectiveBargainingAgreement.placeholder`
                  )}
                </$ApplicationDetailLabel>
                <$ApplicationDetailValue>
                  {data.employee?.collectiveBargainingAgreement}
                </$ApplicationDetailValue>
              </$ApplicationDetailRow>
              <$ApplicationDetailRow data-testid="application-field-workingHours">
                <$ApplicationDetailLabel>
                  {t(`${translationsBase}.employee.fields.workingHours.label`)}
                </$ApplicationDetailLabel>
                <$ApplicationDetailValue>
                  {formatStringFloatValue(data.employee?.workingHours)}{' '}
                  {t(
                    `${translationsBase}.employee.fields.workingHours.helperText`
                  )}
                </$ApplicationDetailValue>
              </$ApplicationDetailRow>

              <$ApplicationDetailRow data-testid="application-field-monthlyPay">
                <$ApplicationDetailLabel>
                  {t(`${translationsBase}.employee.fields.monthlyPay.label`)}
                </$ApplicationDetailLabel>
                <$ApplicationDetailValue>
                  {data.employee?.monthlyPay &&
                    formatFloatToCurrency(data.employee.monthlyPay)}
                </$ApplicationDetailValue>
              </$ApplicationDetailRow>

              <$ApplicationDetailRow data-testid="application-field-vacationMoney">
                <$ApplicationDetailLabel>
                  {t(`${translationsBase}.employee.fields.vacationMoney.label`)}
                </$ApplicationDetailLabel>
                <$ApplicationDetailValue>
                  {data.employee?.vacationMoney &&
                    formatFloatToCurrency(data.employee.vacationMoney)}
                </$ApplicationDetailValue>
              </$ApplicationDetailRow>
              <$ApplicationDetailRow data-testid="application-field-otherExpenses">
                <$ApplicationDetailLabel>
                  {t(`${translationsBase}.employee.fields.otherExpenses.label`)}
                </$ApplicationDetailLabel>

                <$ApplicationDetailValue>
                  {data.employee?.otherExpenses &&
                    formatFloatToCurrency(data.employee.otherExpenses)}
                </$ApplicationDetailValue>
              </$ApplicationDetailRow>
            </$ApplicationDetailWrapper>
          </$GridCell>
        </SummarySection>
      )}
      <SummarySection header={t(`${translationsBase}.employee.heading4`)}>
        <$ApplicationDetailWrapper>
          <$ApplicationDetailRow data-testid="application-field-startDate">
            <$ApplicationDetailLabel>
              {t(`${translationsBase}.employee.fields.startDate.label`)}
            </$ApplicationDetailLabel>
            <$ApplicationDetailValue>
              {convertToUIDateFormat(data.startDate) || '-'}
            </$ApplicationDetailValue>
          </$ApplicationDetailRow>
          <$ApplicationDetailRow data-testid="application-field-endDate">
            <$ApplicationDetailLabel>
              {t(`${translationsBase}.employee.fields.endDate.label`)}
            </$ApplicationDetailLabel>
            <$ApplicationDetailValue>
              {convertToUIDateFormat(data.endDate) || '-'}
            </$ApplicationDetailValue>
          </$ApplicationDetailRow>
        </$ApplicationDetailWrapper>
      </SummarySection>
      <SummarySection
        header={t(
          `${translationsBase}.employee.fields.apprenticeshipProgram.label`
        )}
      >
        <$ApplicationDetailWrapper>
          <$ApplicationDetailRow data-testid="application-field-apprenticeshipProgram">
            <$ApplicationDetailValue>
              {t(
                `${translationsBase}.employee.fields.apprenticeshipProgram.${
                  data.apprenticeshipProgram ? 'yes' : 'no'
                }`
              )}
            </$ApplicationDetailValue>
          </$ApplicationDetailRow>
        </$ApplicationDetailWrapper>
      </SummarySection>
    </>
  );
};

export default EmployeeView;
