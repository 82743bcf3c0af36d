/**
 * `generateStream`: writes a Stream dataset (users.csv, products.csv, transactions.csv
 * and optionally fx_rates.csv) that follows the contract, with deliberate faults
 * unless asked for clean files.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { generatePayments, type Payment } from './billing.ts';
import { toMonthLabel } from './calendar.ts';
import { createCustomers } from './customers.ts';
import { toFxRatesLines } from './fx-rates.ts';
import { emptyStats, type FileStats } from './mess/fault-plan.ts';
import { resolveGenerateOptions, type GenerateOptions } from './options.ts';
import { toProductsLines } from './products.ts';
import { createRandom } from './random.ts';
import { createSubscriptions, isChargeMonth } from './subscriptions.ts';
import { toTransactionsLines } from './transactions.ts';
import { toUsersLines } from './users.ts';
import { writeLines } from './write-lines.ts';

/** What {@link generateStream} wrote. */
export interface GenerateSummary {
  /** The output directory. */
  out: string;
  /** First and last month of the history, `YYYY-MM`. */
  firstMonth: string;
  lastMonth: string;
  /** Per written file: rows, business rows, extra rows, blank lines and faults by kind. */
  files: Record<string, FileStats>;
}

function* reportProgress(payments: Iterable<Payment>, total: number, onProgress: (written: number, total: number) => void): Generator<Payment> {
  const step = Math.max(1, Math.ceil(total / 10));
  let written = 0;
  for (const payment of payments) {
    yield payment;
    written++;
    if (written % step === 0 || written === total) onProgress(written, total);
  }
}

/**
 * Generates a Stream dataset into a directory: deterministic (the same options give the
 * same bytes), realistic, and unless `clean` deliberately messy so that every rule of
 * the contract fires at least once.
 *
 * @param options see {@link GenerateOptions}; only `out` is required
 * @returns the rows written per file
 * @example
 * const summary = await generateStream({ out: 'data/raw/stream', seed: 42 });
 * summary.files['transactions.csv'].generated; // 40000
 */
export async function generateStream(options: GenerateOptions): Promise<GenerateSummary> {
  const resolved = resolveGenerateOptions(options);
  const { out, seed, clean, startMonth, endMonth, end, onProgress } = resolved;
  const range = { startMonth, endMonth, end };
  await mkdir(out, { recursive: true });

  const customers = createCustomers(resolved.users, range, seed, createRandom(seed, 'customers'));
  const subscriptions = createSubscriptions(customers, range, createRandom(seed, 'subscriptions'));
  // What each customer is billed over the history, in USD cents at list price: picks the
  // biggest customer for the `<script>` name, so that it reaches the report's top users.
  const contractValue = new Map<string, number>();
  for (const s of subscriptions) {
    let billed = 0;
    for (let m = startMonth; m <= endMonth; m++) if (isChargeMonth(s, m)) billed += s.contractCents;
    contractValue.set(s.customer.id, (contractValue.get(s.customer.id) ?? 0) + billed);
  }
  // Ids of records created after the export was taken: the usual cause of orphans.
  const unknownCustomerId = `C${String(customers.length + 1).padStart(customers[0].id.length - 1, '0')}`;
  const unknownSubscriptionId = `sub_${String(subscriptions.length + 1).padStart(6, '0')}`;

  const files: Record<string, FileStats> = {};
  files['users.csv'] = emptyStats();
  await writeLines(
    join(out, 'users.csv'),
    toUsersLines(customers, { clean, random: createRandom(seed, 'users-mess'), stats: files['users.csv'], contractValue }),
    { bom: !clean },
  );
  files['products.csv'] = emptyStats();
  await writeLines(
    join(out, 'products.csv'),
    toProductsLines(subscriptions, { clean, random: createRandom(seed, 'products-mess'), stats: files['products.csv'], unknownCustomerId }),
    { eol: clean ? '\n' : '\r\n' },
  );
  files['transactions.csv'] = emptyStats();
  const total = resolved.transactions;
  const payments = generatePayments(subscriptions, range, total, createRandom(seed, 'payments'));
  await writeLines(
    join(out, 'transactions.csv'),
    toTransactionsLines(onProgress ? reportProgress(payments, total, onProgress) : payments, {
      clean,
      total,
      random: createRandom(seed, 'transactions-mess'),
      stats: files['transactions.csv'],
      context: { loadedCustomerIds: [...contractValue.keys()], unknownCustomerId, unknownSubscriptionId },
    }),
  );
  if (resolved.fx) {
    const lines = [...toFxRatesLines({ clean })];
    const stats = emptyStats();
    stats.rows = lines.length - 1;
    stats.generated = clean ? stats.rows : stats.rows - 3;
    stats.extra = stats.rows - stats.generated;
    files['fx_rates.csv'] = stats;
    await writeLines(join(out, 'fx_rates.csv'), lines);
  }
  return { out, firstMonth: toMonthLabel(startMonth), lastMonth: toMonthLabel(endMonth), files };
}
