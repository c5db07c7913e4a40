import {
  Chart as ChartJS,
  Colors,
  Title,
  Tooltip,
  Legend,
  ArcElement,
  CategoryScale,
  LinearScale,
  BarElement,
} from 'chart.js'
import type { ChartData, ChartOptions } from 'chart.js'
import type { ChartItem } from '@shared/models'

ChartJS.register(Title, Tooltip, Legend, ArcElement, CategoryScale, LinearScale, BarElement, Colors)

export const getChartOptions = ({
  value,
  amountLabel,
  indexAxis,
}: {
  value: 'amount' | 'count'
  amountLabel: string
  indexAxis?: 'x' | 'y'
}): ChartOptions<'bar'> => {
  return {
    responsive: true,
    indexAxis,
    scales:
      value === 'amount'
        ? {
            [indexAxis === 'y' ? 'x' : 'y']: {
              ticks: {
                callback: (val) => `${val} €`,
              },
            },
          }
        : undefined,
    plugins: {
      legend: {
        onClick: (e) => e.native?.stopPropagation(),
      },
      tooltip: {
        callbacks: {
          label: (context) => {
            const label = context.dataset.label || ''
            const numberValue = context.parsed[indexAxis === 'y' ? 'x' : 'y'] || 0
            let value: string
            if (label === amountLabel) {
              value = numberValue.toLocaleString(amountLabel === 'Amount' ? 'en-GB' : 'fr-FR', {
                style: 'currency',
                currency: 'EUR',
              })
            } else {
              value = numberValue.toString()
            }
            return `${label} : ${value}`
          },
        },
      },
    },
  }
}

export function getChartData({
  items,
  value,
  amountLabel,
  countLabel,
}: {
  items: ChartItem[]
  value: 'amount' | 'count'
  amountLabel: string
  countLabel: string
}): ChartData<'bar'> {
  const labels = items.map((item) => item.name)
  return {
    labels,
    datasets: [
      {
        data: items.map((item) => item[value]),
        label: value === 'amount' ? amountLabel : countLabel,
        backgroundColor: 'rgb(64, 207, 197, 0.5)',
      },
    ],
  }
}
