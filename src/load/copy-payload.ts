import type { CleanStream } from '../transform/clean-stream.ts';
import { toCopyCsv, type CopyColumn } from './to-copy-csv.ts';

/** Each loaded table: where its rows go and how each column is written for COPY. */
export const TABLES: { table: string; rows: (clean: CleanStream) => CleanStream['users']; columns: [string, CopyColumn][] }[] = [
  {
    table: 'users',
    rows: (clean) => clean.users,
    columns: [['customer_id', { from: 'customer_id' }], ['customer_name', { from: 'customer_name' }], ['customer_email', { from: 'customer_email' }], ['source_line', { from: 'line' }], ['source_batch', { from: 'batch' }]],
  },
  {
    table: 'products',
    rows: (clean) => clean.products,
    columns: [
      ['subscription_id', { from: 'subscription_id' }], ['customer_id', { from: 'customer_id' }], ['plan_id', { from: 'plan_id' }],
      ['plan_name', { from: 'plan_name' }], ['product_category', { from: 'product_category' }], ['billing_interval', { from: 'billing_interval' }],
      ['contract_amount', { from: 'contract_amount_cents', as: 'cents' }], ['billing_status', { from: 'billing_status' }], ['source_line', { from: 'line' }], ['source_batch', { from: 'batch' }],
    ],
  },
  {
    table: 'transactions',
    rows: (clean) => clean.transactions,
    columns: [
      ['transaction_id', { from: 'transaction_id' }], ['customer_id', { from: 'customer_id' }], ['subscription_id', { from: 'subscription_id' }],
      ['transaction_date', { from: 'transaction_date' }], ['total_amount', { from: 'total_amount_cents', as: 'cents' }], ['currency', { from: 'currency' }],
      ['usd_per_unit', { from: 'usd_per_unit' }], ['amount_usd', { from: 'amount_usd_cents', as: 'cents' }], ['source_line', { from: 'line' }], ['source_batch', { from: 'batch' }],
    ],
  },
  {
    table: 'rejects',
    rows: (clean) => clean.rejects,
    columns: [
      ['file', { from: 'file' }], ['batch', { from: 'batch' }], ['line', { from: 'line' }], ['reason', { from: 'reason' }], ['raw_text', { from: 'raw' }],
      ['transaction_date', { from: 'transaction_date' }], ['amount_usd', { from: 'amount_usd_cents', as: 'cents' }],
    ],
  },
  {
    table: 'warnings',
    rows: (clean) => clean.warnings,
    columns: [['file', { from: 'file' }], ['batch', { from: 'batch' }], ['line', { from: 'line' }], ['kind', { from: 'kind' }], ['column_name', { from: 'column' }], ['value', { from: 'value' }]],
  },
];

/** Rows made ready for COPY into one of the case's tables: the columns, and the CSV as UTF-8 bytes. */
export interface CopyPayload {
  columns: string[];
  chunks: Uint8Array[];
}

/**
 * Serializes rows for one of the case's loaded tables (`users`, `products`, `transactions`,
 * `rejects`, `warnings`), each column written as the table wants it. Made whole before the copy
 * starts, so the database can take it in while Node goes on with the next rows.
 * @param table the table's name
 * @param rows rows with the columns `CleanStream` gives that table
 * @param only [every row] the indices of the rows to write (see `toCopyCsv`)
 * @returns the payload for {@link copyRows}
 */
export function toCopyPayload(table: string, rows: CleanStream['users'], only?: ArrayLike<number>): CopyPayload {
  const { columns, chunks } = toLazyPayload(table, rows, only);
  return { columns, chunks: [...chunks] };
}

/**
 * {@link toCopyPayload}, written only as the copy reads it: for large tables copied once, whose
 * text need never be held whole.
 * @param table the table's name
 * @param rows rows with the columns `CleanStream` gives that table
 * @param only [every row] the indices of the rows to write
 * @returns the columns, and the CSV chunks as they are asked for
 */
export function toLazyPayload(table: string, rows: CleanStream['users'], only?: ArrayLike<number>): { columns: string[]; chunks: Iterable<Uint8Array> } {
  const { columns } = TABLES.find((entry) => entry.table === table) as (typeof TABLES)[number];
  return { columns: columns.map(([name]) => name), chunks: toCopyCsv(rows, columns.map(([, column]) => column), undefined, only) };
}

