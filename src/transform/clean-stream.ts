import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import type { FileCounts } from '../contract/answers.ts';
import { PRODUCTS, TRANSACTIONS, USERS } from '../contract/stream.ts';
import type { CsvInput } from '../ingest/read-csv.ts';
import { applyTextRules } from './apply-text-rules.ts';
import { rejectMissingKeys } from './reject-missing-keys.ts';
import { parseDates } from './parse-dates.ts';
import { parseAmounts } from './parse-amounts.ts';
import { convertCurrencies } from './convert-currencies.ts';
import { normalizeEmails } from './normalize-emails.ts';
import { normalizePlans } from './normalize-plans.ts';
import { markDuplicates } from './mark-duplicates.ts';
import { rejectOrphanProducts, rejectOrphanTransactions } from './check-references.ts';
import { collectWarnings, countRows, loadedRows, rejectedRows } from './split-rows.ts';
import type { FxRates } from './read-fx-rates.ts';

/** The three files as read, and the FX rates to convert with. */
export interface StreamInputs {
  users: CsvInput;
  products: CsvInput;
  transactions: CsvInput;
  rates: FxRates;
  /** Rows of the FX file that did not parse, as warnings (`file`, `line`, `kind`, `column`, `value`). */
  fxWarnings?: ColumnTable;
}

/** Stream's data after every rule of the contract: what loads, and what does not and why. */
export interface CleanStream {
  /** `customer_id`, `customer_name`, `customer_email`, `line`, `batch` */
  users: ColumnTable;
  /** `subscription_id`, `customer_id`, `plan_id`, `plan_name`, `product_category`, `billing_interval`, `contract_amount_cents`, `billing_status`, `line`, `batch` */
  products: ColumnTable;
  /** `transaction_id`, `customer_id`, `subscription_id`, `total_amount_cents`, `currency`, `usd_per_unit`, `amount_usd_cents`, `transaction_date`, `line`, `batch` */
  transactions: ColumnTable;
  /** Every record read but not loaded: `file`, `batch`, `line`, `reason`, `raw`, `transaction_date`, `amount_usd_cents` */
  rejects: ColumnTable;
  /** Data-quality notes on loaded rows: `file`, `batch`, `line`, `kind`, `column`, `value` */
  warnings: ColumnTable;
  /** Per file: read, loaded, duplicate, superseded, rejected. */
  counts: Record<string, FileCounts>;
  /** Per file: rejected rows per reason (not duplicates or superseded rows). */
  rejectedByReason: Record<string, Record<string, number>>;
}

export const USER_COLUMNS = ['customer_id', 'customer_name', 'customer_email', 'line', 'batch'] as const;
export const PRODUCT_COLUMNS = [
  'subscription_id', 'customer_id', 'plan_id', 'plan_name', 'product_category',
  'billing_interval', 'contract_amount_cents', 'billing_status', 'line', 'batch',
] as const;
export const TRANSACTION_COLUMNS = [
  'transaction_id', 'customer_id', 'subscription_id', 'total_amount_cents', 'currency',
  'usd_per_unit', 'amount_usd_cents', 'transaction_date', 'line', 'batch',
] as const;

const WARNING_COLUMNS = ['file', 'batch', 'line', 'kind', 'column', 'value'];

/** A table from a single file is batch 1 (see `concatBatches` for several). */
function batched(table: ColumnTable, batch = 1): ColumnTable {
  return table.columnNames().includes('batch') ? table : table.assign({ batch: new Array<number>(table.numRows()).fill(batch) });
}

/**
 * The users file through its field rules and duplicates.
 * @param table users.csv as read
 * @returns every row, with `reason` and `warnings`
 */
export function cleanUsers(table: ColumnTable): ColumnTable {
  let users = applyTextRules(table, USERS.columns);
  users = rejectMissingKeys(users, 'customer_id');
  users = normalizeEmails(users);
  return markDuplicates(users, { key: 'customer_id', columns: USERS.columns });
}

/**
 * The products file through its field rules, duplicates and references.
 * @param table products.csv as read
 * @param users the result of {@link cleanUsers}
 * @returns every row, with `reason` and `warnings`
 */
export function cleanProducts(table: ColumnTable, users: ColumnTable): ColumnTable {
  let products = applyTextRules(table, PRODUCTS.columns);
  products = rejectMissingKeys(products, 'subscription_id');
  products = parseAmounts(products, 'contract_amount');
  products = normalizePlans(products);
  products = markDuplicates(products, {
    key: 'subscription_id',
    columns: PRODUCTS.columns.map((name) => (name === 'contract_amount' ? 'contract_amount_cents' : name)),
  });
  return rejectOrphanProducts(products, users);
}

/** The columns that make two transactions the same row: the file's, after the field rules. */
export const TRANSACTION_DUPLICATE_COLUMNS = TRANSACTIONS.columns.map((name) => (name === 'total_amount' ? 'total_amount_cents' : name));

/**
 * The field rules of the transactions file alone: each row on its own, so they apply to any
 * chunk of the file (duplicates and references need the whole file, see {@link cleanTransactions}).
 * @param table transactions.csv as read, or a chunk of it
 * @param rates the FX lookup
 * @returns every row, with `reason` and `warnings`, amounts in cents and dates in ISO form
 */
export function cleanTransactionFields(table: ColumnTable, rates: FxRates): ColumnTable {
  let transactions = applyTextRules(table, TRANSACTIONS.columns);
  transactions = rejectMissingKeys(transactions, 'transaction_id');
  transactions = parseDates(transactions, 'transaction_date');
  transactions = parseAmounts(transactions, 'total_amount');
  return convertCurrencies(transactions, rates);
}

/**
 * The transactions file through its field rules, duplicates and references.
 * @param table transactions.csv as read
 * @param parents the results of {@link cleanUsers} and {@link cleanProducts}
 * @param rates the FX lookup
 * @returns every row, with `reason` and `warnings`
 */
export function cleanTransactions(table: ColumnTable, parents: { users: ColumnTable; products: ColumnTable }, rates: FxRates): ColumnTable {
  let transactions = cleanTransactionFields(table, rates);
  transactions = markDuplicates(transactions, {
    key: 'transaction_id',
    columns: TRANSACTION_DUPLICATE_COLUMNS,
  });
  return rejectOrphanTransactions(transactions, parents);
}

/**
 * Applies every rule of the Stream contract to the three files: fields, then duplicates, then
 * references, file by file with parents first. Nothing is dropped silently: each record read
 * ends up in exactly one of the loaded tables or the rejects.
 * @param inputs the files as read and the FX rates
 * @returns the loaded tables, rejects, warnings and counts
 * @example
 * const clean = cleanStream({ users, products, transactions, rates });
 * clean.counts['transactions.csv']; // { read, loaded, duplicate, superseded, rejected }
 */
export function cleanStream(inputs: StreamInputs): CleanStream {
  const users = cleanUsers(batched(inputs.users.table));
  const products = cleanProducts(batched(inputs.products.table), users);
  const transactions = cleanTransactions(batched(inputs.transactions.table), { users, products }, inputs.rates);
  // Batches are stacked oldest first, so the newest is on a last row.
  const newestBatch = Math.max(...[users, products, transactions].map((table) => (table.numRows() > 0 ? table.get('batch', table.numRows() - 1) : 1)));
  const files: [CsvInput, ColumnTable][] = [[inputs.users, users], [inputs.products, products], [inputs.transactions, transactions]];
  const counts: Record<string, FileCounts> = {};
  const rejectedByReason: Record<string, Record<string, number>> = {};
  for (const [input, table] of files) {
    const counted = countRows(table);
    counts[input.file] = counted.counts;
    rejectedByReason[input.file] = counted.byReason;
  }
  const headerWarnings = aq.from(
    files
      .filter(([input]) => input.unknownColumns.length > 0)
      .map(([input]) => ({ file: input.file, batch: 1, line: 1, kind: 'unknown_columns', column: null, value: input.unknownColumns.join(', ') })),
    WARNING_COLUMNS,
  );
  // The FX file is the newest batch's (or the reference): its warnings belong to that batch.
  const fxWarnings = inputs.fxWarnings ? batched(inputs.fxWarnings, newestBatch).select(WARNING_COLUMNS) : aq.from([], WARNING_COLUMNS);
  return {
    users: loadedRows(users, USER_COLUMNS),
    products: loadedRows(products, PRODUCT_COLUMNS),
    transactions: loadedRows(transactions, TRANSACTION_COLUMNS),
    rejects: rejectedRows(users, inputs.users.file)
      .concat(rejectedRows(products, inputs.products.file))
      .concat(rejectedRows(transactions, inputs.transactions.file)),
    warnings: headerWarnings
      .concat(fxWarnings)
      .concat(collectWarnings(users, inputs.users.file))
      .concat(collectWarnings(products, inputs.products.file))
      .concat(collectWarnings(transactions, inputs.transactions.file)),
    counts,
    rejectedByReason,
  };
}
