import * as Plot from '@observablehq/plot';
import type { CategorySales, ReportData } from '../contract/answers.ts';
import { formatDate, formatPercent, formatUsd } from './format.ts';
import { PALETTE } from './palette.ts';
import { renderChart } from './render-chart.ts';

/** Options for {@link chartCategorySales}. */
export interface CategorySalesChartOptions {
  /** Width of the SVG in pixels [640]. */
  width?: number;
  /** Height of one category's bar band in pixels [38]. */
  rowHeight?: number;
  /** Id prefix of the SVG, unique in the page ['chart-category-sales']. */
  id?: string;
}

/** What the category chart needs. */
export type CategoryData = Pick<ReportData, 'answers'>;

interface Bar extends CategorySales {
  share: number | null;
  winner: boolean;
}

/**
 * The finding the category chart leads with: which category sells most, and its share.
 * @param data the answers
 * @returns the chart title
 * @example categorySalesTitle(data) // "Chat leads with $98,450.25, 44.3% of all sales"
 */
export function categorySalesTitle(data: CategoryData): string {
  const top = data.answers.top_category;
  if (!top || top.total_sales_usd <= 0) return 'No product category has sales yet';
  const total = data.answers.categories.reduce((sum, row) => sum + row.total_sales_usd, 0);
  const share = total > 0 ? `, ${formatPercent((top.total_sales_usd / total) * 100, { signed: false })} of all sales` : '';
  return `${top.category} leads with ${formatUsd(top.total_sales_usd)}${share}`;
}

/**
 * Charts total sales per product category as ranked horizontal bars, the leader highlighted,
 * each bar labelled with its sales and share of the total.
 * @param data the answers (a `ReportData` will do)
 * @param options size and id
 * @returns standalone SVG markup
 * @example chartCategorySales(reportData, {width: 360})
 */
export function chartCategorySales(
  data: CategoryData,
  { width = 640, rowHeight = 38, id = 'chart-category-sales' }: CategorySalesChartOptions = {},
): string {
  const { categories, top_category: top, as_of: asOf } = data.answers;
  const total = categories.reduce((sum, row) => sum + row.total_sales_usd, 0);
  const bars: Bar[] = categories.map((row) => ({
    ...row,
    share: total > 0 ? (row.total_sales_usd / total) * 100 : null,
    winner: top !== null && top.total_sales_usd > 0 && row.category === top.category,
  }));
  const narrow = width < 480;
  const label = (bar: Bar) =>
    `${formatUsd(bar.total_sales_usd, { decimals: 0, compact: narrow })}${bar.share === null ? '' : ` · ${formatPercent(bar.share, { signed: false, decimals: narrow ? 0 : 1 })}`}`;
  const longestLabel = Math.max(0, ...bars.map((bar) => label(bar).length));
  const longestName = Math.max(0, ...bars.map((bar) => bar.category.length));
  const tooltip = (bar: Bar) =>
    `${bar.category}\nTotal sales ${formatUsd(bar.total_sales_usd)}${bar.share === null ? '' : `\n${formatPercent(bar.share, { signed: false })} of all sales`}`;

  return renderChart(
    {
      width,
      height: 30 + 40 + Math.max(1, bars.length) * rowHeight,
      marginTop: 30,
      marginBottom: 40,
      marginLeft: Math.min(160, 14 + longestName * 7.5),
      marginRight: 14 + longestLabel * 7.2,
      y: { domain: bars.map((bar) => bar.category), label: null, tickSize: 0, padding: 0.28 },
      x: { grid: true, nice: true, label: 'Total sales (USD) →', labelAnchor: 'right', tickFormat: (value: number) => formatUsd(value, { compact: true }), ticks: narrow ? 3 : 6 },
      marks: [
        Plot.barX(bars, {
          x: 'total_sales_usd',
          y: 'category',
          fill: (bar: Bar) => (bar.winner ? PALETTE.accent : PALETTE.muted),
          title: tooltip,
        }),
        Plot.ruleX([0]),
        // Two text marks because font weight is a constant in Plot, not a channel.
        ...[true, false].map((winner) =>
          Plot.text(bars, {
            filter: (bar: Bar) => bar.winner === winner,
            // A refund-heavy category's bar grows left; its label still starts at zero.
            x: (bar: Bar) => Math.max(0, bar.total_sales_usd),
            y: 'category',
            text: label,
            textAnchor: 'start',
            dx: 6,
            fontWeight: winner ? 700 : 400,
            fontVariant: 'tabular-nums',
            title: tooltip,
          }),
        ),
      ],
    },
    {
      id,
      title: categorySalesTitle(data),
      subtitle: `All-time sales by product category in USD, net of refunds, through ${formatDate(asOf)}. Labels: sales and share of the total.`,
      description: bars.map((bar) => `${bar.category}: ${formatUsd(bar.total_sales_usd)}.`).join(' '),
    },
  );
}
