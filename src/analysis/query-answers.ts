import type { Answers, AverageTransaction, ReportData } from '../contract/answers.ts';
import { DATA_FILES } from '../contract/stream.ts';
import { sqlFile } from '../load/sql-files.ts';
import type { ReadQuery, Warehouse } from '../load/warehouse.ts';
import { isPartialMonth, windowMonths } from './window-months.ts';

/** Options for {@link queryAnswers}. */
export interface QueryAnswersOptions {
  /** [schema='stream'] the schema the case was loaded into */
  schema?: string;
  /** [asOf=latest loaded transaction_date] count only what was known on this `YYYY-MM-DD` */
  asOf?: string | null;
}

/** A request that cannot be answered, e.g. nothing loaded and no as-of date. */
export class AnswersError extends Error {
  override name = 'AnswersError';
}

const money = (value: unknown): number => Number(value);
const maybeMoney = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));

/**
 * The latest loaded transaction date: the default as-of date.
 * @param warehouse a loaded warehouse, or the query of a snapshot read (see `Warehouse.read`)
 * @param schema [schema='stream'] the case's schema
 * @returns `YYYY-MM-DD`, or null when no transaction was loaded
 */
export async function latestTransactionDate(warehouse: Warehouse | ReadQuery, schema = 'stream'): Promise<string | null> {
  const query: ReadQuery = typeof warehouse === 'function' ? warehouse : (sql, values) => warehouse.query(sql, values);
  const [row] = await query<{ as_of: string | null }>(sqlFile('queries', 'as_of'), { schema });
  return row?.as_of ?? null;
}

async function resolveAsOf(query: ReadQuery, schema: string, asOf: string | null | undefined): Promise<string> {
  const resolved = asOf ?? (await latestTransactionDate(query, schema));
  if (resolved === null) throw new AnswersError('no transaction was loaded, so there is no default as-of date; pass --as-of YYYY-MM-DD');
  return resolved;
}

/**
 * Answers the Stream case's questions in SQL (one file per question in `sql/queries/`) and
 * assembles the contract's answers document. The questions are asked together, on one snapshot
 * of the warehouse (see `Warehouse.read`): on a server, two at a time.
 * @param warehouse a loaded warehouse
 * @param options see {@link QueryAnswersOptions}
 * @returns the answers document, as `etlbook run --json` prints it
 * @example
 * const answers = await queryAnswers(warehouse, { asOf: '2025-06-14' });
 * answers.top_category; // { category: 'Chat', total_sales_usd: 123456.78 }
 */
export async function queryAnswers(warehouse: Warehouse, options: QueryAnswersOptions = {}): Promise<Answers> {
  return warehouse.read((query) => answersFrom(query, options), { schema: options.schema ?? 'stream' });
}

async function answersFrom(query: ReadQuery, options: QueryAnswersOptions): Promise<Answers> {
  const schema = options.schema ?? 'stream';
  const asOf = await resolveAsOf(query, schema, options.asOf);
  const params = { schema, as_of: asOf, limit: 5 };
  const run = <T extends Record<string, unknown>>(name: string) => query<T>(sqlFile('queries', name), params);

  // The slowest questions first, so that the quick ones fill in beside them.
  const [averages, topUsers, sales, revenue, reconciliation, byReason, [quarantined]] = await Promise.all([
    run<{ period: string; transactions: number; customers: number; avg_transaction_usd: string | null; avg_revenue_per_user_usd: string | null }>('avg_transaction'),
    run<{ customer_id: string; customer_name: string | null; total_spend_usd: string }>('top_users'),
    run<{ category: string; total_sales_usd: string }>('category_sales'),
    run<{ month: string; revenue_usd: string; growth_pct: string | null }>('monthly_revenue'),
    run<{ file: string; read: number; loaded: number; duplicate: number; superseded: number; rejected: number }>('reconciliation'),
    run<{ file: string; reason: string; rows: number }>('rejected_by_reason'),
    run<{ quarantined_revenue_usd: string }>('quarantined_revenue'),
  ]);
  const categories = sales.map((row) => ({ category: row.category, total_sales_usd: money(row.total_sales_usd) }));

  const average = (row: (typeof averages)[number]): AverageTransaction => ({
    transactions: Number(row.transactions),
    customers: Number(row.customers),
    avg_transaction_usd: maybeMoney(row.avg_transaction_usd),
    avg_revenue_per_user_usd: maybeMoney(row.avg_revenue_per_user_usd),
  });
  const files = DATA_FILES.map((spec) => spec.file);
  return {
    as_of: asOf,
    window: windowMonths(asOf),
    top_users: topUsers.map((row) => ({ customer_id: row.customer_id, customer_name: row.customer_name, total_spend_usd: money(row.total_spend_usd) })),
    categories,
    top_category: categories[0] ?? null,
    monthly_revenue: revenue.map((row) => ({ month: row.month, revenue_usd: money(row.revenue_usd), growth_pct: maybeMoney(row.growth_pct) })),
    avg_transaction: {
      months: averages.filter((row) => row.period !== 'window').map((row) => ({ month: row.period, ...average(row) })),
      window: average(averages.find((row) => row.period === 'window') as (typeof averages)[number]),
    },
    reconciliation: Object.fromEntries(files.map((file) => {
      const row = reconciliation.find((candidate) => candidate.file === file);
      return [file, { read: Number(row?.read ?? 0), loaded: Number(row?.loaded ?? 0), duplicate: Number(row?.duplicate ?? 0), superseded: Number(row?.superseded ?? 0), rejected: Number(row?.rejected ?? 0) }];
    })),
    rejected_by_reason: Object.fromEntries(files.map((file) => [
      file,
      Object.fromEntries(byReason.filter((row) => row.file === file).map((row) => [row.reason, Number(row.rows)])),
    ])),
    quarantined_revenue_usd: money(quarantined.quarantined_revenue_usd),
  };
}

/**
 * The answers and, with `report`, everything the report shows besides, all asked together on one
 * snapshot: what a run needs, in one stage.
 * @param warehouse a loaded warehouse
 * @param options see {@link QueryAnswersOptions}; `report` [false]: the report's data too
 * @returns the answers, and the report's data when asked for (citing `etlbook report` as its command)
 */
export async function queryRunAnswers(warehouse: Warehouse, options: QueryAnswersOptions & { report?: boolean }): Promise<{ answers: Answers; reportData?: ReportData }> {
  if (!options.report) return { answers: await queryAnswers(warehouse, options) };
  const reportData = await queryReportData(warehouse, options);
  return { answers: reportData.answers, reportData };
}

/** Options for {@link queryReportData}. */
export interface QueryReportDataOptions extends QueryAnswersOptions {
  /** [command='etlbook report'] the command a reader would type to reproduce the report */
  command?: string;
  /** [answers=queried] the answers, when the caller has just queried them (a run): not asked twice */
  answers?: Answers;
}

/**
 * Everything the report shows: the answers plus warnings, the previous period for the
 * headline comparisons, and the inputs of the last load.
 * @param warehouse a loaded warehouse
 * @param options see {@link QueryReportDataOptions}
 * @returns the report's data
 * @example
 * writeReport(await queryReportData(warehouse), 'exports/report.html');
 */
export async function queryReportData(warehouse: Warehouse, options: QueryReportDataOptions = {}): Promise<ReportData> {
  const schema = options.schema ?? 'stream';
  return warehouse.read(async (query) => {
    // Without the answers, they are asked beside the report's own questions, once the as-of date is known.
    const asOf = options.answers?.as_of ?? (await resolveAsOf(query, schema, options.asOf));
    const params = { schema, as_of: asOf };
    const [answers, warnings, [previous], [lastRun]] = await Promise.all([
      options.answers ?? answersFrom(query, { schema, asOf }),
      query<{ file: string; kind: string; rows: number }>(sqlFile('queries', 'warnings_by_kind'), params),
      query<{ transactions: number; customers: number; revenue_usd: string; avg_transaction_usd: string | null; avg_revenue_per_user_usd: string | null }>(sqlFile('queries', 'previous_window'), params),
      query<{ inputs: unknown }>(`select inputs from ${'$<schema:name>'}.load_runs order by run_id desc limit 1`, { schema }),
    ]);
    const inputs = (typeof lastRun?.inputs === 'string' ? JSON.parse(lastRun.inputs) : lastRun?.inputs ?? []) as { file: string; sha256: string; rows: number }[];
    const warningsByKind: Record<string, Record<string, number>> = {};
    for (const row of warnings) (warningsByKind[row.file] ??= {})[row.kind] = Number(row.rows);
    return {
      answers,
      warnings_by_kind: warningsByKind,
      previous_window: {
        transactions: Number(previous.transactions),
        customers: Number(previous.customers),
        revenue_usd: money(previous.revenue_usd),
        avg_transaction_usd: maybeMoney(previous.avg_transaction_usd),
        avg_revenue_per_user_usd: maybeMoney(previous.avg_revenue_per_user_usd),
      },
      window_revenue_usd: answers.monthly_revenue.reduce((sum, month) => sum + Math.round(month.revenue_usd * 100), 0) / 100,
      last_month_partial: isPartialMonth(answers.as_of),
      inputs: inputs.map(({ file, sha256, rows }) => ({ file, sha256, rows })),
      command: options.command ?? 'etlbook report',
    };
  }, { schema });
}
