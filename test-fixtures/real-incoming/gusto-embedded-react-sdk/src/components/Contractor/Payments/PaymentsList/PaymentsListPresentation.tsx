import { useTranslation } from 'react-i18next'
import type { ContractorPaymentGroupWithBlockers } from '@gusto/embedded-api/models/components/contractorpaymentgroupwithblockers'
import type { InternalAlert } from '../types'
import styles from './PaymentsListPresentation.module.scss'
import { DataView, Flex, EmptyData, ActionsLayout, useDataView } from '@/components/Common'
import { useComponentContext } from '@/contexts/ComponentAdapter/useComponentContext'
import { useI18n } from '@/i18n'
import useNumberFormatter from '@/hooks/useNumberFormatter'
import EyeIcon from '@/assets/icons/eye.svg?react'
import PlusCircleIcon from '@/assets/icons/plus-circle.svg?react'
import { useDateFormatter } from '@/hooks/useDateFormatter'
import { ConfirmWireDetails } from '@/components/Payroll/ConfirmWireDetails'
import type { EventType } from '@/shared/constants'
import type { PaginationControlProps } from '@/components/Common/PaginationControl/PaginationControlTypes'
import { WithUnstableFeature } from '@/contexts/UnstableFeaturesProvider/WithUnstableFeature'

interface ContractorPaymentPaymentsListPresentationProps {
  numberOfMonths: number
  contractorPayments: ContractorPaymentGroupWithBlockers[]
  onCreatePayment: () => void
  onCreateHistoricalPayment: () => void
  onDateRangeChange: (numberOfMonths: number) => void
  onViewPayment: (paymentId: string) => void
  alerts?: InternalAlert[]
  companyId: string
  hasUnresolvedWireInRequests: boolean
  onEvent: (type: EventType, data?: unknown) => void
  paginationProps?: PaginationControlProps
}

/** @internal */
export const PaymentsListPresentation = ({
  contractorPayments,
  numberOfMonths,
  onCreatePayment,
  onCreateHistoricalPayment,
  onDateRangeChange,
  onViewPayment,
  alerts = [],
  companyId,
  hasUnresolvedWireInRequests,
  onEvent,
  paginationProps,
}: ContractorPaymentPaymentsListPresentationProps) => {
  const { Box, Button, Heading, Text, Select, ButtonIcon, Alert } = useComponentContext()
  useI18n('Contractor.Payments.PaymentsList')
  const { t } = useTranslation('Contractor.Payments.PaymentsList')
  const currencyFormatter = useNumberFormatter('currency')
  const { formatLongWithYear } = useDateFormatter()

  const dateRangeOptions = [
    { value: '3', label: t('dateRanges.last3Months') },
    { value: '6', label: t('dateRanges.last6Months') },
  ]
  const { ...dataViewProps } = useDataView({
    data: contractorPayments,
    columns: [
      {
        title: t('paymentDateColumnLabel'),
        render: ({ checkDate }) => formatLongWithYear(checkDate) || 'N/A',
      },
      {
        title: t('wageTotalColumnLabel'),
        justify: 'end',
        render: ({ totals }) => currencyFormatter(Number(totals?.wageAmount || 0)),
      },
      {
        title: t('reimbursementTotalColumnLabel'),
        justify: 'end',
        render: ({ totals }) => currencyFormatter(Number(totals?.reimbursementAmount) || 0),
      },
    ],
    itemMenu: ({ uuid }) => (
      <ButtonIcon
        aria-label={t('viewPaymentCta')}
        variant="tertiary"
        onClick={() => {
          onViewPayment(uuid || '')
        }}
      >
        <EyeIcon aria-hidden />
      </ButtonIcon>
    ),
    emptyState: () => (
      <EmptyData title={t('noPaymentsFound')} description={t('noPaymentsDescription')}>
        <ActionsLayout justifyContent="center">
          <Button
            variant="secondary"
            icon={<PlusCircleIcon aria-hidden />}
            onClick={onCreatePayment}
          >
            {t('createPaymentCta')}
          </Button>
        </ActionsLayout>
      </EmptyData>
    ),
    pagination: paginationProps,
  })

  return (
    <Flex flexDirection="column" gap={24}>
      <Flex flexDirection="column" gap={16}>
        <Heading as="h1" styledAs="h2">
          {t('title')}
        </Heading>
      </Flex>

      {hasUnresolvedWireInRequests && (
        <ConfirmWireDetails companyId={companyId} onEvent={onEvent} />
      )}

      {alerts.length > 0 && (
        <Flex flexDirection="column" gap={16}>
          {alerts.map((alert, index) => (
            <Alert
              key={`${alert.type}-${alert.title}-${index}`}
              label={t(`alerts.${alert.title}` as never, alert.translationParams)}
              status={alert.type}
              onDismiss={alert.onDismiss}
            >
              <Flex flexDirection="column" gap={12}>
                {typeof alert.content === 'string'
                  ? t(`alerts.${alert.content}` as never)
                  : (alert.content ?? null)}
                {alert.onAction && alert.actionLabel && (
                  <div>
                    <Button variant="secondary" onClick={alert.onAction}>
                      {t(`alerts.${alert.actionLabel}` as never)}
                    </Button>
                  </div>
                )}
              </Flex>
            </Alert>
          ))}
        </Flex>
      )}

      <Flex
        flexDirection={{
          base: 'column',
          small: 'row',
        }}
        gap={16}
        alignItems={{
          base: 'stretch',
          small: 'center',
        }}
        justifyContent="space-between"
      >
        <Heading as="h2" styledAs="h4">
          {t('subtitle')}
        </Heading>
        <div className={styles.actionsContainer}>
          <Select
            id="date-range-select"
            value={numberOfMonths.toString()}
            onChange={value => {
              onDateRangeChange(Number(value))
            }}
            options={dateRangeOptions}
            isRequired
            label={t('startDate')}
            placeholder=""
            shouldVisuallyHideLabel
          />
          {contractorPayments.length > 0 && (
            <Button
              onClick={onCreatePayment}
              variant="secondary"
              icon={<PlusCircleIcon aria-hidden />}
              className={styles.nowrap}
            >
              {t('createPaymentCta')}
            </Button>
          )}
        </div>
      </Flex>

      <DataView label={t('subtitle')} {...dataViewProps} />

      <WithUnstableFeature feature="historicalPayments">
        <div className={styles.historicalPaymentCta}>
          <Box
            header={
              <Flex flexDirection="column" gap={4}>
                <Text weight="semibold">{t('historicalPaymentCta.title')}</Text>
                <Text variant="supporting">{t('historicalPaymentCta.description')}</Text>
              </Flex>
            }
            footer={
              <Button variant="secondary" onClick={onCreateHistoricalPayment}>
                {t('historicalPaymentCta.button')}
              </Button>
            }
          />
        </div>
      </WithUnstableFeature>
    </Flex>
  )
}
