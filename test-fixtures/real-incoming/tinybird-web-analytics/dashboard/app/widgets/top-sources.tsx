import { useEndpoint } from '@/lib/hooks/use-endpoint'
import { PipeTable } from '@/components/PipeTable'
import {
  TableCellText,
  TableCellMono,
  TableCellCombined,
  TableCellProgress,
  TableCellDelta,
} from '@/components/table/TableCells'
import { Card } from '@/components/ui/Card'
import { maxCellWidth } from '@/lib/utils'

type TopSourcesData = {
  referrer: string
  visits: number
  hits: number
  previous_visits?: number
  previous_hits?: number
  visits_growth_percentage?: number
  hits_growth_percentage?: number
}

export const TopSources = () => {
  const { data: topSources } =
    useEndpoint<TopSourcesData[]>('top_sources', {
      include_previous_period: true,
    })

  const maxVisitsWidth = maxCellWidth('visits', topSources || [])
  const maxHitsWidth = maxCellWidth('hits', topSources || [])

  return (
    <Card maxHeight={400} viewAll>
      <PipeTable
        title="Top sources"
        data={topSources || []}
        columns={[
          {
            label: 'Path',
            key: 'referrer',
            render: row => <TableCellText>{row.referrer}</TableCellText>,
          },
          {
            label: 'Visitors',
            key: 'visits',
            align: 'left',
            maxWidth: 128,
            render: row => {
              const maxVisits = Math.max(...(topSources || []).map(p => p.visits))
              return (
                <TableCellCombined>
                  <TableCellProgress value={row.visits} max={maxVisits} />
                  <TableCellMono width={maxVisitsWidth}>{row.visits.toLocaleString()}</TableCellMono>
                  {row.visits_growth_percentage !== undefined && (
                    <TableCellDelta
                      delta={Math.round(row.visits_growth_percentage)}
                    />
                  )}
                </TableCellCombined>
              )
            },
          },
          {
            label: 'Views',
            key: 'hits',
            align: 'left',
            maxWidth: 80,
            render: row => (
              <TableCellCombined>
                <TableCellMono width={maxHitsWidth}>{row.hits.toLocaleString()}</TableCellMono>
                {row.hits_growth_percentage !== undefined && (
                  <TableCellDelta
                    delta={Math.round(row.hits_growth_percentage)}
                  />
                )}
              </TableCellCombined>
            ),
          },
        ]}
      />
    </Card>
  )
} 