import type { FileCounts, ReportData } from '../contract/answers.ts';
import { DATA_FILES } from '../contract/stream.ts';
import { escapeHtml } from './escape-html.ts';
import { formatCount, formatUsd } from './format.ts';
import { htmlTable } from './html-table.ts';

/** Plain-language meaning of each rejection reason and warning kind in the contract. */
export const QUALITY_MEANINGS: Record<string, string> = {
  bad_row: 'the line has a different number of fields than the header',
  missing_id: 'the row has no ID',
  bad_date: 'the date is missing or not a real date in an accepted format',
  bad_amount: 'the amount is not a number in an accepted format',
  bad_currency: 'the currency is unknown or has no exchange rate for that month',
  orphan_customer: 'the customer ID is not a loaded customer',
  missing_subscription: 'the payment names no subscription',
  orphan_subscription: 'the subscription ID is not a loaded subscription',
  unknown_columns: 'the file has extra columns, which were ignored',
  invalid_email: 'the email address is not valid and was left empty',
  unknown_category: 'the product category is not recognised and was set to Unknown',
  unknown_billing_interval: 'the billing interval is not recognised and was left empty',
  unknown_billing_status: 'the billing status is not recognised and was left empty',
  customer_mismatch: "the payment's customer differs from its subscription's customer; it counts for the payment's",
  bad_fx_rate: 'an exchange-rate row could not be read and was skipped',
};

interface CountRow {
  file: string;
  kind: string;
  rows: number;
}

type FileRow = FileCounts & { file: string };

// Files in load order, then any others by name; kinds by name. Key order in the data then
// cannot change the page.
function fileOrder(files: string[]): string[] {
  const known: string[] = DATA_FILES.map((spec) => spec.file);
  return [...known.filter((file) => files.includes(file)), ...files.filter((file) => !known.includes(file)).sort()];
}

function flatten(counts: Record<string, Record<string, number>>): CountRow[] {
  return fileOrder(Object.keys(counts))
    .flatMap((file) =>
      Object.keys(counts[file])
        .sort()
        .filter((kind) => counts[file][kind] > 0)
        .map((kind) => ({ file, kind, rows: counts[file][kind] })),
    );
}

const sum = (rows: FileRow[], key: keyof FileCounts) => rows.reduce((total, row) => total + row[key], 0);

/**
 * The data-quality section: per-file reconciliation of rows read against rows loaded, the
 * rejects by reason, the warnings by kind and the quarantined revenue, so a reader sees what
 * was left out and why.
 * @param data the report data
 * @returns HTML markup for a `<section>`
 * @example dataQualitySection(reportData)
 */
export function dataQualitySection(data: ReportData): string {
  const { reconciliation, rejected_by_reason: rejected, quarantined_revenue_usd: quarantined } = data.answers;
  const files: FileRow[] = fileOrder(Object.keys(reconciliation)).map((file) => ({ file, ...reconciliation[file] }));
  const totals: FileRow = {
    file: 'All files',
    read: sum(files, 'read'),
    loaded: sum(files, 'loaded'),
    duplicate: sum(files, 'duplicate'),
    superseded: sum(files, 'superseded'),
    rejected: sum(files, 'rejected'),
  };
  const balances = (row: FileRow) => row.read === row.loaded + row.duplicate + row.superseded + row.rejected;
  const count = (key: keyof FileCounts) => ({ label: key[0].toUpperCase() + key.slice(1), value: (row: FileRow) => formatCount(row[key]), numeric: true });
  const meaning = (row: CountRow) => (Object.hasOwn(QUALITY_MEANINGS, row.kind) ? QUALITY_MEANINGS[row.kind] : '');

  const summary =
    `Of ${formatCount(totals.read)} rows read, ${formatCount(totals.loaded)} were loaded. ` +
    `${formatCount(totals.duplicate)} exact duplicates and ${formatCount(totals.superseded)} rows replaced by a later correction were set aside, ` +
    `and ${formatCount(totals.rejected)} rows were rejected. ` +
    `Rejected payments that could still be valued come to ${formatUsd(quarantined)} (quarantined revenue): that money is not in the figures above.`;

  return [
    '<section id="data-quality" aria-labelledby="data-quality-heading">',
    '<h2 id="data-quality-heading">Data quality: what was left out, and why</h2>',
    `<p>${escapeHtml(summary)}</p>`,
    '<h3>Rows per file</h3>',
    htmlTable(files, {
      caption: 'Read = loaded + duplicate + superseded + rejected',
      columns: [
        { label: 'File', value: (row) => row.file },
        count('read'),
        count('loaded'),
        count('duplicate'),
        count('superseded'),
        count('rejected'),
        { label: 'Balances', value: (row) => (balances(row) ? '✓ yes' : '✗ no') },
      ],
      footer: [totals],
      empty: 'No files were read.',
      stack: true,
    }),
    '<h3>Rejected rows by reason</h3>',
    htmlTable(flatten(rejected), {
      columns: [{ label: 'File', value: (row) => row.file }, { label: 'Reason', value: (row) => row.kind, detail: meaning }, { label: 'Rows', value: (row) => formatCount(row.rows), numeric: true }],
      empty: 'No rows were rejected.',
    }),
    '<h3>Warnings: rows kept, a value fixed</h3>',
    htmlTable(flatten(data.warnings_by_kind), {
      columns: [{ label: 'File', value: (row) => row.file }, { label: 'Warning', value: (row) => row.kind, detail: meaning }, { label: 'Rows', value: (row) => formatCount(row.rows), numeric: true }],
      empty: 'No warnings.',
    }),
    `<p class="note">Quarantined revenue: <strong>${escapeHtml(formatUsd(quarantined))}</strong>, the USD value of rejected payments dated on or before the as-of date whose amount, currency and date could all be read.</p>`,
    '</section>',
  ].join('\n');
}
