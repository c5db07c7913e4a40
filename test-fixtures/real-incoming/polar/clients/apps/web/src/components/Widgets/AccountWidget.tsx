import { useOrganizationAccount, useTransactionsSummary } from '@/hooks/queries'
import { usePayouts } from '@/hooks/queries/payouts'
import { OrganizationContext } from '@/providers/maintainerOrganization'
import { PayoutStatus } from '@/components/Payouts/PayoutStatus'
import { ClientResponseError } from '@polar-sh/client'
import { formatCurrency } from '@polar-sh/currency'
import { Card } from '@polar-sh/ui/components/atoms/Card'
import { useContext } from 'react'
import { WidgetContainer } from './WidgetContainer'
import { WidgetGuard, WidgetRestricted } from './WidgetGuard'

export interface AccountWidgetProps {
  className?: string
}

const WIDGET_TITLE = 'Available balance'

export const AccountWidget = ({ className }: AccountWidgetProps) => (
  <WidgetGuard
    permission="finance:read"
    title={WIDGET_TITLE}
    className={className}
  >
    <AccountWidgetContent className={className} />
  </WidgetGuard>
)

const AccountWidgetContent = ({ className }: AccountWidgetProps) => {
  const { organization: org } = useContext(OrganizationContext)

  const { data: account, error: accountError } = useOrganizationAccount(org.id)
  const { data: summary } = useTransactionsSummary(account?.id ?? '')
  const { data: payouts } = usePayouts(account?.id, {
    limit: 10,
    sorting: ['-created_at'],
  })

  // The permission is granted, but the account can still 403 for reasons
  // RBAC doesn't cover.
  if (
    accountError instanceof ClientResponseError &&
    accountError.response.status === 403
  ) {
    return (
      <WidgetRestricted
        permission="finance:read"
        title={WIDGET_TITLE}
        className={className}
      />
    )
  }

  const allPayouts = payouts?.items ?? []
  const availableBalance = formatCurrency('compact')(
    summary?.available_balance.amount ?? 0,
    summary?.available_balance.currency ?? 'usd',
  )

  return (
    <WidgetContainer
      title={WIDGET_TITLE}
      action={<h2 className="text-lg">{availableBalance}</h2>}
      className={className}
    >
      {allPayouts.length > 0 ? (
        <div className="flex flex-col gap-y-2 pb-6">
          {allPayouts.map((payout, i) => (
            <Card
              key={i}
              className="dark:bg-polar-800 flex flex-col gap-y-1 rounded-xl border-none bg-gray-50 px-4 py-4"
            >
              <div className="dark:text-polar-400 flex flex-row items-baseline justify-between text-sm text-gray-700">
                <span>
                  {new Date(payout.created_at).toLocaleDateString('en-US', {
                    month: 'long',
                    day: 'numeric',
                    year: 'numeric',
                  })}
                </span>
                <PayoutStatus payout={payout} size="small" />
              </div>
              <div className="flex flex-row justify-between gap-x-4">
                <h3>Payout</h3>
                <span>
                  {formatCurrency('compact')(payout.amount, payout.currency)}
                </span>
              </div>
            </Card>
          ))}
        </div>
      ) : (
        <div className="dark:bg-polar-800 mb-6 flex flex-1 flex-col items-center justify-center gap-y-2 rounded-lg bg-gray-50 p-8 text-center">
          <h3>No payouts yet</h3>
          <p className="dark:text-polar-500 text-sm text-gray-500">
            You may only withdraw funds above $10.
          </p>
        </div>
      )}
    </WidgetContainer>
  )
}
