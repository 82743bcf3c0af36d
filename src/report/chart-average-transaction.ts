import * as Plot from '@observablehq/plot';
import { formatCount, formatMonth, formatMonthRange, formatPercent, formatUsd } from './format.ts';
import { monthTickFormat, partialMonth, partialMonthNote, type WindowData } from './month-axis.ts';
import { PALETTE } from './palette.ts';
import { percentChange } from './percent-change.ts';
import { renderChart } from './render-chart.ts';

/** Options for {@link chartAverageTransaction}. */
export interface AverageTransactionChartOptions {
  /** Width of the SVG in pixels [640]. */
  width?: number;
  /** Height of the plot area, below the title, in pixels [300]. */
  height?: number;
  /** Id prefix of the SVG, unique in the page ['chart-average-transaction']. */
  id?: string;
  /** The same averages over the six months before the window, for the title's comparison [none]. */
  previous?: { avg_transaction_usd: number | null } | null;
}

interface Point {
  month: string;
  measure: string;
  value: number | null;
  transactions: number;
  customers: number;
  partial: boolean;
}

const SERIES = [
  { key: 'avg_transaction_usd', label: 'Average transaction', color: PALETTE.accent },
  { key: 'avg_revenue_per_user_usd', label: 'Average revenue per paying customer', color: PALETTE.contrast },
] as const;

/**
 * The finding the average-transaction chart leads with: the window's average transaction,
 * and its change on the six months before when those are given.
 * @param data the answers
 * @param previous averages over the six months before the window, or null
 * @returns the chart title
 * @example averageTransactionTitle(data, data.previous_window) // "Average transaction $206.07 over the last 6 months, up 11.2%"
 */
export function averageTransactionTitle(data: WindowData, previous: { avg_transaction_usd: number | null } | null = null): string {
  const { window } = data.answers.avg_transaction;
  const count = data.answers.window.length;
  if (window.avg_transaction_usd === null) return `No transactions in the last ${count} months`;
  const change = percentChange(window.avg_transaction_usd, previous?.avg_transaction_usd);
  const trend =
    change === null
      ? ''
      : Math.abs(change) < 0.05
        ? ', level with the 6 months before'
        : `, ${change > 0 ? 'up' : 'down'} ${formatPercent(Math.abs(change), { signed: false })} on the 6 months before`;
  return `Average transaction ${formatUsd(window.avg_transaction_usd)} over the last ${count} months${trend}`;
}

/**
 * Charts, per window month, the average transaction amount and the average revenue per paying
 * customer as two lines, with their window averages as dashed rules. Months without
 * transactions leave a gap; the partial month is starred and drawn hollow.
 * @param data the answers and the partial flag (a `ReportData` will do)
 * @param options size, id and the previous period for the title
 * @returns standalone SVG markup
 * @example chartAverageTransaction(reportData, {previous: reportData.previous_window})
 */
export function chartAverageTransaction(
  data: WindowData,
  { width = 640, height = 300, id = 'chart-average-transaction', previous = null }: AverageTransactionChartOptions = {},
): string {
  const partial = partialMonth(data);
  const { months, window } = data.answers.avg_transaction;
  const narrow = width < 480;
  const points: Point[] = SERIES.flatMap((series) =>
    months.map((row) => ({
      month: row.month,
      measure: series.label,
      value: row[series.key],
      transactions: row.transactions,
      customers: row.customers,
      partial: row.month === partial,
    })),
  );
  const tooltip = (point: Point) =>
    `${formatMonth(point.month)}${point.partial ? ' (partial)' : ''}\n${point.measure} ${formatUsd(point.value)}\n${formatCount(point.transactions)} transactions from ${formatCount(point.customers)} paying customers`;
  const values = [...points.map((point) => point.value), window.avg_transaction_usd].filter((value): value is number => value !== null);

  const average = window.avg_transaction_usd;
  const span = data.answers.window.length;
  // Only the average transaction gets a window rule: the window's revenue per customer
  // divides by customers over six months, so it is not on the scale of the monthly values.
  const averageMarks =
    average === null
      ? []
      : [
          Plot.ruleY([average], {
            stroke: PALETTE.accent,
            strokeDasharray: '5,4',
            title: () => `Average transaction over the ${span} months ${formatUsd(average)}`,
          }),
          Plot.text([average], {
            y: (value: number) => value,
            frameAnchor: 'right',
            textAnchor: 'start',
            dx: 6,
            fill: PALETTE.accent,
            fontSize: 11,
            fontWeight: 700,
            text: (value: number) => `avg\n${formatUsd(value, { decimals: 0 })}`,
          }),
        ];
  const marks = SERIES.flatMap((series) => {
    const own = points.filter((point) => point.measure === series.label);
    return [
      Plot.lineY(own, { x: 'month', y: (point: Point) => point.value ?? NaN, stroke: series.color, strokeWidth: 2.5 }),
      Plot.dot(own, {
        x: 'month',
        y: (point: Point) => point.value ?? NaN,
        r: 4.5,
        stroke: series.color,
        strokeWidth: 2,
        fill: (point: Point) => (point.partial ? PALETTE.background : series.color),
        title: tooltip,
      }),
    ];
  });

  return renderChart(
    {
      width,
      height,
      marginTop: 28,
      marginLeft: narrow ? 44 : 52,
      marginRight: 48,
      marginBottom: 40,
      x: { type: 'point', domain: data.answers.window, label: null, tickFormat: monthTickFormat(data), padding: 0.4 },
      y: { domain: [0, Math.max(1, ...values)], nice: true, grid: true, label: 'USD per transaction / per customer', tickFormat: (value: number) => formatUsd(value, { compact: true }), ticks: narrow ? 4 : 6 },
      marks: [...averageMarks, ...marks, Plot.ruleY([0])],
    },
    {
      id,
      title: averageTransactionTitle(data, previous),
      subtitle: `Per month, ${formatMonthRange(data.answers.window)}, USD: revenue per transaction and per customer who paid that month. Dashed: the ${span}-month average transaction.${partial ? ` ${partialMonthNote(data)}` : ''}`,
      description: months
        .map((row) => `${formatMonth(row.month)}: average transaction ${formatUsd(row.avg_transaction_usd)}, average revenue per paying customer ${formatUsd(row.avg_revenue_per_user_usd)}.`)
        .join(' '),
      legend: [
        ...SERIES.map((series) => ({ label: series.label, color: series.color })),
        { label: `${span}-month average transaction`, color: PALETTE.accent, dashed: true },
      ],
    },
  );
}
