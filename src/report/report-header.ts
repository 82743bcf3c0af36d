import type { ReportData } from '../contract/answers.ts';
import { escapeHtml } from './escape-html.ts';
import { formatDate, formatMonth, formatMonthRange, formatPercent, formatUsd } from './format.ts';
import { partialMonth } from './month-axis.ts';
import { percentChange } from './percent-change.ts';

/** Options for {@link reportHeader}. */
export interface ReportHeaderOptions {
  /** The page's heading ['Stream performance report']. */
  title?: string;
  /** One sentence on what the data is. */
  dataDescription?: string;
  /** Links to the page's sections, as [id, label] pairs [none]. */
  contents?: [string, string][];
}

/** The default sentence on what the Stream data is. */
export const STREAM_DATA_DESCRIPTION =
  "Stream's payments (Stripe), subscriptions and customers (Nessy), loaded from CSV exports into PostgreSQL; all money in US dollars, net of refunds.";

function change(current: number | null, previous: number | null, previousText: string): string {
  const value = percentChange(current, previous);
  if (value === null) return '<p class="change">No comparison: nothing in the 6 months before.</p>';
  const rounded = Number(value.toFixed(1));
  const direction = rounded > 0 ? 'up' : rounded < 0 ? 'down' : 'flat';
  const arrow = rounded > 0 ? '▲' : rounded < 0 ? '▼' : '■';
  return `<p class="change"><span class="${direction}">${arrow} ${escapeHtml(formatPercent(value))}</span> vs the 6 months before (${escapeHtml(previousText)})</p>`;
}

function figure(key: string, label: string, value: string, detail: string): string {
  return `<div class="figure" data-figure="${key}"><p class="label">${escapeHtml(label)}</p><p class="value">${escapeHtml(value)}</p>${detail}</div>`;
}

/**
 * The page header: what the data is, the as-of date and window (the partial month named), and
 * four headline figures, each with its comparison.
 * @param data the report data
 * @param options title, description and contents links
 * @returns HTML markup for the `<header>`
 * @example reportHeader(reportData, {title: 'Stream performance report'})
 */
export function reportHeader(
  data: ReportData,
  { title = 'Stream performance report', dataDescription = STREAM_DATA_DESCRIPTION, contents = [] }: ReportHeaderOptions = {},
): string {
  const { answers, previous_window: previous } = data;
  const partial = partialMonth(data);
  const window = answers.avg_transaction.window;
  const total = answers.categories.reduce((sum, row) => sum + row.total_sales_usd, 0);
  const top = answers.top_category;
  const windowText = `${formatMonthRange(answers.window)}${partial ? ` (${formatMonth(partial)} partial, through ${formatDate(answers.as_of)})` : ''}`;
  const nav = contents.length
    ? `<nav aria-label="Contents"><ol>${contents.map(([id, label]) => `<li><a href="#${escapeHtml(id)}">${escapeHtml(label)}</a></li>`).join('')}</ol></nav>`
    : '';
  return [
    '<header>',
    '<p class="eyebrow">Performance report</p>',
    `<h1>${escapeHtml(title)}</h1>`,
    `<p class="lede">${escapeHtml(dataDescription)} Figures as of <strong>${escapeHtml(formatDate(answers.as_of))}</strong>; “last 6 months” is <strong>${escapeHtml(windowText)}</strong>.</p>`,
    '<div class="figures">',
    figure('window-revenue', 'Revenue, last 6 months', formatUsd(data.window_revenue_usd), change(data.window_revenue_usd, previous.revenue_usd, formatUsd(previous.revenue_usd))),
    figure('avg-transaction', 'Average transaction, last 6 months', formatUsd(window.avg_transaction_usd), change(window.avg_transaction_usd, previous.avg_transaction_usd, formatUsd(previous.avg_transaction_usd))),
    figure(
      'avg-revenue-per-user',
      'Revenue per paying customer, last 6 months',
      formatUsd(window.avg_revenue_per_user_usd),
      change(window.avg_revenue_per_user_usd, previous.avg_revenue_per_user_usd, formatUsd(previous.avg_revenue_per_user_usd)),
    ),
    figure(
      'top-category',
      'Top product category, all time',
      top ? top.category : 'None',
      top
        ? `<p class="change"><span class="figure-amount">${escapeHtml(formatUsd(top.total_sales_usd))}</span>${total > 0 ? `, ${escapeHtml(formatPercent((top.total_sales_usd / total) * 100, { signed: false }))} of all sales` : ''}</p>`
        : '<p class="change">No sales yet.</p>',
    ),
    '</div>',
    nav,
    '</header>',
  ]
    .filter(Boolean)
    .join('\n');
}
