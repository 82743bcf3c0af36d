import type { CategorySales, MonthlyAverageTransaction, MonthlyRevenue, ReportData, TopUser } from '../contract/answers.ts';
import { chartAverageTransaction } from './chart-average-transaction.ts';
import { chartCategorySales } from './chart-category-sales.ts';
import { chartMonthlyRevenue } from './chart-monthly-revenue.ts';
import { escapeHtml } from './escape-html.ts';
import { formatCount, formatMonth, formatPercent, formatUsd } from './format.ts';
import { htmlTable } from './html-table.ts';
import { partialMonth } from './month-axis.ts';

/** Width of the charts shown on wide screens and in print. */
const WIDE = 760;
/** Width of the charts shown below 600 px, so their text stays legible on a phone. */
const NARROW = 340;

function section(id: string, heading: string, question: string, body: string): string {
  return `<section id="${id}" aria-labelledby="${id}-heading">\n<h2 id="${id}-heading">${escapeHtml(heading)}</h2>\n<p class="question">${escapeHtml(question)}</p>\n${body}\n</section>`;
}

// Both sizes are in the page and CSS shows one: a chart scaled down to a phone would have
// unreadable text, and the page has no JavaScript to re-render it.
function chartFigure(render: (width: number, id: string) => string, id: string, table: string): string {
  return [
    '<figure class="chart">',
    `<div class="chart-wide">${render(WIDE, id)}</div>`,
    `<div class="chart-narrow">${render(NARROW, `${id}-narrow`)}</div>`,
    `<details><summary>The numbers behind this chart</summary>\n${table}\n</details>`,
    '</figure>',
  ].join('\n');
}

function monthLabel(data: ReportData, month: string): string {
  return `${formatMonth(month)}${month === partialMonth(data) ? ' (partial)' : ''}`;
}

function averageTransactionSection(data: ReportData): string {
  const { months, window } = data.answers.avg_transaction;
  // The footer row, over the whole window, is the one with an empty month.
  const table = htmlTable<MonthlyAverageTransaction>(months, {
    caption: 'Average transaction and revenue per paying customer by month, USD',
    columns: [
      { label: 'Month', value: (row) => (row.month === '' ? `All ${data.answers.window.length} months` : monthLabel(data, row.month)) },
      { label: 'Transactions', value: (row) => formatCount(row.transactions), numeric: true },
      { label: 'Paying customers', value: (row) => formatCount(row.customers), numeric: true },
      { label: 'Average transaction', value: (row) => formatUsd(row.avg_transaction_usd), numeric: true },
      { label: 'Revenue per paying customer', value: (row) => formatUsd(row.avg_revenue_per_user_usd), numeric: true },
    ],
    footer: [{ ...window, month: '' }],
  });
  return section(
    'average-transaction',
    'Average user transaction amount, last 6 months',
    'How much does a transaction bring in, and how much does each paying customer spend in a month?',
    chartFigure((width, id) => chartAverageTransaction(data, { width, id, previous: data.previous_window }), 'chart-average-transaction', table),
  );
}

function categorySection(data: ReportData): string {
  const total = data.answers.categories.reduce((sum, row) => sum + row.total_sales_usd, 0);
  const table = htmlTable<CategorySales>(data.answers.categories, {
    caption: 'Total sales by product category, all time, USD',
    columns: [
      { label: 'Rank', value: (row) => String(data.answers.categories.indexOf(row) + 1), numeric: true },
      { label: 'Category', value: (row) => row.category },
      { label: 'Total sales', value: (row) => formatUsd(row.total_sales_usd), numeric: true },
      { label: 'Share', value: (row) => (total > 0 ? formatPercent((row.total_sales_usd / total) * 100, { signed: false }) : '—'), numeric: true },
    ],
    empty: 'No product categories were loaded.',
  });
  return section(
    'top-category',
    'Product category with the highest total sales',
    'Which product line has earned the most, since the first transaction?',
    chartFigure((width, id) => chartCategorySales(data, { width, id }), 'chart-category-sales', table),
  );
}

function revenueSection(data: ReportData): string {
  const table = htmlTable<MonthlyRevenue>(data.answers.monthly_revenue, {
    caption: 'Revenue by month and growth on the month before, USD',
    columns: [
      { label: 'Month', value: (row) => (row.month === '' ? `All ${data.answers.window.length} months` : monthLabel(data, row.month)) },
      { label: 'Revenue', value: (row) => formatUsd(row.revenue_usd), numeric: true },
      {
        label: 'Growth on month before',
        value: (row) => (row.month === '' ? '' : row.growth_pct === null ? 'n/a' : formatPercent(row.growth_pct, { decimals: 2 })),
        numeric: true,
      },
    ],
    footer: [{ month: '', revenue_usd: data.window_revenue_usd, growth_pct: null }],
  });
  return section(
    'revenue-growth',
    'Monthly revenue growth, last 6 months',
    'Is revenue growing month on month?',
    chartFigure((width, id) => chartMonthlyRevenue(data, { width, id }), 'chart-monthly-revenue', table),
  );
}

function topUsersSection(data: ReportData): string {
  const users = data.answers.top_users;
  const table = htmlTable<TopUser>(users, {
    caption: `Top ${users.length} customers by total spend, all time, USD; ties by customer ID`,
    columns: [
      { label: '#', value: (row) => String(users.indexOf(row) + 1), numeric: true },
      { label: 'Customer', value: (row) => row.customer_name ?? '(no name on file)', name: true, detail: (row) => `ID ${row.customer_id}` },
      { label: 'Total spend', value: (row) => formatUsd(row.total_spend_usd), numeric: true },
    ],
    empty: 'No customers were loaded.',
  });
  return section('top-users', 'Top 5 users by total transaction amount', 'Who are the biggest customers?', table);
}

/**
 * The report's answer sections: the three charts with their tables, and the top users.
 * @param data the report data
 * @returns HTML markup for four `<section>`s
 * @example chartSections(reportData)
 */
export function chartSections(data: ReportData): string {
  return [averageTransactionSection(data), categorySection(data), revenueSection(data), topUsersSection(data)].join('\n');
}
