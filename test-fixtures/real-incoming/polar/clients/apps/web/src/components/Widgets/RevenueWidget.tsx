import { useMetrics } from '@/hooks/queries'
import { OrganizationContext } from '@/providers/maintainerOrganization'
import KeyboardArrowDown from '@mui/icons-material/KeyboardArrowDown'
import KeyboardArrowUp from '@mui/icons-material/KeyboardArrowUp'
import RemoveOutlined from '@mui/icons-material/RemoveOutlined'
import { formatCurrency } from '@polar-sh/currency'
import { Tooltip, TooltipContent, TooltipTrigger } from '@polar-sh/orbit'
import { endOfMonth, format, startOfMonth, subMonths } from 'date-fns'
import { useContext } from 'react'
import { twMerge } from 'tailwind-merge'
import { Spinner } from '@polar-sh/orbit'
import { WidgetContainer } from './WidgetContainer'
import { WidgetGuard } from './WidgetGuard'

interface RevenueWidgetProps {
  className?: string
}

const WIDGET_TITLE = 'Revenue'

type PeriodTrend =
  | { type: 'change'; value: number }
  | { type: 'new' }
  | { type: 'none' }

const getPeriodTrend = (
  current: number,
  previous: number | undefined,
): PeriodTrend => {
  if (previous === undefined) {
    return { type: 'none' }
  }

  if (previous === 0) {
    return current > 0 ? { type: 'new' } : { type: 'none' }
  }

  const value = ((current - previous) / Math.abs(previous)) * 100
  if (!Number.isFinite(value) || value === 0) {
    return { type: 'none' }
  }

  return { type: 'change', value }
}

const RevenueWidget = ({ className }: RevenueWidgetProps) => (
  <WidgetGuard
    permission="analytics:read"
    title={WIDGET_TITLE}
    className={className}
  >
    <RevenueWidgetContent className={className} />
  </WidgetGuard>
)

const RevenueWidgetContent = ({ className }: RevenueWidgetProps) => {
  const { organization } = useContext(OrganizationContext)

  const revenueMetrics = useMetrics({
    startDate: startOfMonth(subMonths(new Date(), 2)),
    endDate: endOfMonth(new Date()),
    organization_id: organization.id,
    interval: 'month',
    metrics: ['revenue'],
  })

  const maxRevenue = Math.max(
    1,
    ...(revenueMetrics.data?.periods.map((period) => period.revenue ?? 0) ??
      []),
  )

  return (
    <WidgetContainer
      title={WIDGET_TITLE}
      action={
        <span className="dark:text-polar-500 text-gray-500">Last 3 Months</span>
      }
      className={className}
    >
      <div className="grid flex-1 grid-cols-3 gap-4 pb-6">
        {revenueMetrics.data?.periods.map((period, index, array) => {
          const revenue = period.revenue ?? 0
          const previous =
            index > 0 ? (array[index - 1].revenue ?? 0) : undefined
          const trend = getPeriodTrend(revenue, previous)
          const isTrendingUp =
            trend.type === 'new' || (trend.type === 'change' && trend.value > 0)

          return (
            <div key={period.timestamp} className="flex flex-col gap-y-2">
              <Tooltip>
                <TooltipTrigger className="relative min-h-48 flex-1 overflow-hidden rounded-lg bg-[repeating-linear-gradient(-45deg,rgba(0,0,0,0.08),rgba(0,0,0,0.08)_2px,transparent_2px,transparent_8px)] dark:bg-[repeating-linear-gradient(45deg,rgba(255,255,255,0.04),rgba(255,255,255,0.04)_2px,transparent_2px,transparent_8px)]">
                  {revenueMetrics.isLoading ? (
                    <div className="dark:bg-polar-700 flex h-full w-full items-center justify-center rounded-lg bg-gray-200">
                      <Spinner />
                    </div>
                  ) : (
                    <div
                      className={twMerge(
                        'absolute bottom-0 w-full rounded-lg',
                        index === array.length - 1
                          ? 'bg-indigo-400 dark:bg-indigo-700'
                          : 'dark:bg-polar-700 bg-gray-400',
                      )}
                      style={{
                        height: `${(revenue / maxRevenue) * 100}%`,
                      }}
                    />
                  )}
                </TooltipTrigger>
                <TooltipContent>
                  <span>
                    {formatCurrency('compact')(revenue, 'usd')} in{' '}
                    {format(period.timestamp, 'MMMM')}
                  </span>
                </TooltipContent>
              </Tooltip>
              <div className="flex flex-col text-left">
                <span className="text-sm">
                  {format(period.timestamp, 'MMMM')}
                </span>
                <div className="flex flex-row items-center justify-between gap-x-2">
                  <span className="dark:text-polar-500 text-sm text-gray-500">
                    {formatCurrency('statistics')(revenue, 'usd')}
                  </span>
                  {trend.type === 'none' ? (
                    <span className="dark:bg-polar-700 dark:text-polar-500 flex flex-row items-center gap-x-1 rounded-xs bg-gray-100 p-0.5 text-xs text-gray-500">
                      <RemoveOutlined fontSize="inherit" />
                    </span>
                  ) : (
                    <Tooltip>
                      <TooltipTrigger
                        className={twMerge(
                          'flex flex-row items-center gap-x-1 rounded-xs p-0.5 text-xs',
                          isTrendingUp
                            ? 'bg-emerald-100 text-emerald-600 dark:bg-emerald-950/60'
                            : 'bg-red-100 text-red-600 dark:bg-red-950/60',
                        )}
                      >
                        {isTrendingUp ? (
                          <KeyboardArrowUp fontSize="inherit" />
                        ) : (
                          <KeyboardArrowDown fontSize="inherit" />
                        )}
                      </TooltipTrigger>
                      <TooltipContent>
                        <span className="text-xs">
                          {trend.type === 'new'
                            ? 'New'
                            : `${trend.value.toFixed(0)}%`}
                        </span>
                      </TooltipContent>
                    </Tooltip>
                  )}
                </div>
              </div>
            </div>
          )
        })}
      </div>
    </WidgetContainer>
  )
}

export default RevenueWidget
