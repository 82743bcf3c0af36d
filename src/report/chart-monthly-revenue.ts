import * as Plot from '@observablehq/plot';
import { formatMonth, formatMonthRange, formatPercent, formatUsd } from './format.ts';
import { monthTickFormat, partialMonth, partialMonthNote, type WindowData } from './month-axis.ts';
import { PALETTE } from './palette.ts';
import { renderChart } from './render-chart.ts';

/** Options for {@link chartMonthlyRevenue}. */
export interface MonthlyRevenueChartOptions {
  /** Width of the SVG in pixels [640]. */
  width?: number;
  /** Height of the plot area, below the title, in pixels [300]. */
  height?: number;
  /** Id prefix of the SVG, unique in the page ['chart-monthly-revenue']. */
  id?: string;
}

interface Bar {
  month: string;
  revenue: number;
  growth: number | null;
  partial: boolean;
}

function growthLabel(growth: number | null): string {
  if (growth === null) return 'n/a';
  return `${growth > 0 ? '▲' : growth < 0 ? '▼' : ''}${formatPercent(growth)}`;
}

function growthColor(growth: number | null): string {
  if (growth === null || growth === 0) return PALETTE.subtle;
  return growth > 0 ? PALETTE.accent : PALETTE.contrast;
}

/**
 * The finding the monthly revenue chart leads with: the growth of the latest complete month.
 * @param data the answers and the partial flag
 * @returns the chart title
 * @example monthlyRevenueTitle(data) // "Revenue grew 18.6% in May 2025, to $27,105.60"
 */
export function monthlyRevenueTitle(data: WindowData): string {
  const partial = partialMonth(data);
  const months = data.answers.monthly_revenue;
  const latest = months.filter((row) => row.month !== partial && row.growth_pct !== null).at(-1);
  if (!latest || latest.growth_pct === null) {
    const total = months.reduce((sum, row) => sum + row.revenue_usd, 0);
    return `Revenue of ${formatUsd(total)} over the last ${months.length} months`;
  }
  const verb = latest.growth_pct > 0 ? 'grew' : latest.growth_pct < 0 ? 'fell' : 'held steady';
  const amount = latest.growth_pct === 0 ? '' : ` ${formatPercent(Math.abs(latest.growth_pct), { signed: false })}`;
  return `Revenue ${verb}${amount} in ${formatMonth(latest.month)}, to ${formatUsd(latest.revenue_usd)}`;
}

/**
 * Charts revenue per window month as bars, labelled with the revenue and the signed,
 * coloured month-over-month growth; the partial month is drawn lighter and starred.
 * @param data the answers and the partial flag (a `ReportData` will do)
 * @param options size and id
 * @returns standalone SVG markup
 * @example chartMonthlyRevenue(reportData, {width: 360})
 */
export function chartMonthlyRevenue(
  data: WindowData,
  { width = 640, height = 300, id = 'chart-monthly-revenue' }: MonthlyRevenueChartOptions = {},
): string {
  const partial = partialMonth(data);
  const bars: Bar[] = data.answers.monthly_revenue.map((row) => ({
    month: row.month,
    revenue: row.revenue_usd,
    growth: row.growth_pct,
    partial: row.month === partial,
  }));
  const narrow = width < 480;
  const top = Math.max(0, ...bars.map((bar) => bar.revenue));
  const tooltip = (bar: Bar) =>
    `${formatMonth(bar.month)}${bar.partial ? ' (partial)' : ''}\nRevenue ${formatUsd(bar.revenue)}\nGrowth on previous month ${bar.growth === null ? 'n/a' : formatPercent(bar.growth, { decimals: 2 })}`;
  const labelY = (bar: Bar) => Math.max(0, bar.revenue);
  const range = formatMonthRange(data.answers.window);
  const subtitle = `Revenue per month in USD, net of refunds, ${range}; labels show growth on the month before${
    bars.some((bar) => bar.growth === null) ? ' (n/a where that month had no revenue)' : ''
  }.${partial ? ` ${partialMonthNote(data)}` : ''}`;

  return renderChart(
    {
      width,
      height,
      marginTop: 40,
      marginLeft: narrow ? 44 : 56,
      marginBottom: 40,
      x: { domain: data.answers.window, label: null, tickFormat: monthTickFormat(data), padding: 0.25 },
      y: { domain: [Math.min(0, ...bars.map((bar) => bar.revenue)), top || 1], nice: true, grid: true, label: 'Revenue (USD)', tickFormat: (value: number) => formatUsd(value, { compact: true }), ticks: narrow ? 4 : 6 },
      marks: [
        Plot.barY(bars, {
          filter: (bar: Bar) => !bar.partial,
          x: 'month',
          y: 'revenue',
          fill: PALETTE.accent,
          fillOpacity: 0.85,
          title: tooltip,
        }),
        Plot.barY(bars, {
          filter: (bar: Bar) => bar.partial,
          x: 'month',
          y: 'revenue',
          fill: PALETTE.accent,
          fillOpacity: 0.3,
          stroke: PALETTE.accent,
          strokeDasharray: '4,3',
          title: tooltip,
        }),
        Plot.ruleY([0]),
        Plot.text(bars, {
          x: 'month',
          y: labelY,
          text: (bar: Bar) => formatUsd(bar.revenue, { compact: true }),
          dy: -6,
          lineAnchor: 'bottom',
          fontSize: narrow ? 10 : 11,
          fontVariant: 'tabular-nums',
          title: tooltip,
        }),
        Plot.text(bars, {
          x: 'month',
          y: labelY,
          text: (bar: Bar) => growthLabel(bar.growth),
          fill: (bar: Bar) => growthColor(bar.growth),
          dy: -21,
          lineAnchor: 'bottom',
          fontSize: narrow ? 10 : 12,
          fontWeight: 700,
          fontVariant: 'tabular-nums',
          title: tooltip,
        }),
      ],
    },
    {
      id,
      title: monthlyRevenueTitle(data),
      subtitle,
      description: bars.map((bar) => `${formatMonth(bar.month)}: ${formatUsd(bar.revenue)}, growth ${bar.growth === null ? 'n/a' : formatPercent(bar.growth, { decimals: 2 })}.`).join(' '),
    },
  );
}
