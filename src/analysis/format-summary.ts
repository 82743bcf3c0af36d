import Table from 'cli-table3';
import type { Answers } from '../contract/answers.ts';

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
const count = new Intl.NumberFormat('en-US');

/**
 * Formats money for a terminal: `$1,234.50`, `–` for none.
 * @param value USD or null
 * @returns the text
 */
export function formatUsd(value: number | null): string {
  return value === null ? '–' : usd.format(value);
}

/** Box drawing without a rule between every row. */
const COMPACT = { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' };

function table(head: string[], rows: (string | number)[][], numeric: number[] = []): string {
  const out = new Table({ head, style: { head: [], border: [] }, chars: COMPACT, colAligns: head.map((_, i) => (numeric.includes(i) ? 'right' : 'left')) });
  out.push(...rows.map((row) => row.map(String)));
  return out.toString();
}

/**
 * The answers as a readable text summary: top users, categories, monthly revenue with growth,
 * averages, reconciliation and rejects.
 * @param answers the answers document
 * @returns several titled tables, as plain text
 * @example
 * process.stdout.write(formatSummary(answers));
 */
export function formatSummary(answers: Answers): string {
  const growth = (value: number | null) => (value === null ? '–' : `${value > 0 ? '+' : ''}${value.toFixed(2)}%`);
  const sections = [
    `Stream answers as of ${answers.as_of} (window ${answers.window[0]} to ${answers.window[answers.window.length - 1]})`,
    'Top 5 users by total transaction amount\n' +
      table(['#', 'customer_id', 'customer_name', 'total spend'], answers.top_users.map((user, i) => [i + 1, user.customer_id, user.customer_name ?? '–', formatUsd(user.total_spend_usd)]), [0, 3]),
    `Product categories by total sales (top: ${answers.top_category?.category ?? 'none'})\n` +
      table(['category', 'total sales'], answers.categories.map((row) => [row.category, formatUsd(row.total_sales_usd)]), [1]),
    'Monthly revenue, last 6 months\n' +
      table(['month', 'revenue', 'growth'], answers.monthly_revenue.map((row) => [row.month, formatUsd(row.revenue_usd), growth(row.growth_pct)]), [1, 2]),
    'Average transaction amount, last 6 months\n' +
      table(
        ['month', 'transactions', 'customers', 'avg transaction', 'avg per customer'],
        [
          ...answers.avg_transaction.months.map((row) => [row.month, count.format(row.transactions), count.format(row.customers), formatUsd(row.avg_transaction_usd), formatUsd(row.avg_revenue_per_user_usd)]),
          ['window', count.format(answers.avg_transaction.window.transactions), count.format(answers.avg_transaction.window.customers), formatUsd(answers.avg_transaction.window.avg_transaction_usd), formatUsd(answers.avg_transaction.window.avg_revenue_per_user_usd)],
        ],
        [1, 2, 3, 4],
      ),
    'Reconciliation: read = loaded + duplicate + superseded + rejected\n' +
      table(
        ['file', 'read', 'loaded', 'duplicate', 'superseded', 'rejected', 'rejected by reason'],
        Object.entries(answers.reconciliation).map(([file, counts]) => [
          file, count.format(counts.read), count.format(counts.loaded), count.format(counts.duplicate), count.format(counts.superseded), count.format(counts.rejected),
          Object.entries(answers.rejected_by_reason[file] ?? {}).map(([reason, rows]) => `${reason} ${rows}`).join(', ') || '–',
        ]),
        [1, 2, 3, 4, 5],
      ),
    `Quarantined revenue (rejected transactions that parsed): ${formatUsd(answers.quarantined_revenue_usd)}`,
  ];
  return sections.join('\n\n') + '\n';
}
