/**
 * etlbook's public API: everything a notebook or a script needs, from reading files to the
 * report. Notebooks import only from here.
 */

// The contract as data and the answers' shape.
export * from './contract/stream.ts';
export type * from './contract/answers.ts';

// Field rules, one pure function each.
export * from './op/index.ts';

// Ingest: files → Arquero tables.
export { loadCsv, fromCsv, readCsvChunks, type CsvInput, type CsvChunk, type ReadCsvOptions } from './ingest/read-csv.ts';
export { loadStreamInputs, openStreamInputs, ownInputFiles, REFERENCE_FX_RATES, type LoadedStreamInputs, type OpenedStreamInputs } from './ingest/load-stream-inputs.ts';
export { concatBatches } from './ingest/concat-batches.ts';
export { mergeBatches, isSameBatch } from './ingest/merge-batches.ts';
export { InputError } from './ingest/input-error.ts';
export { loadCsvRecords, type RecordPlace } from './ingest/load-csv-records.ts';

// Transform: pure table → table verbs.
export { applyTextRules } from './transform/apply-text-rules.ts';
export { rejectMissingKeys } from './transform/reject-missing-keys.ts';
export { parseDates } from './transform/parse-dates.ts';
export { parseAmounts } from './transform/parse-amounts.ts';
export { readFxRates, lookupRate, type FxRates, type FxRatesResult } from './transform/read-fx-rates.ts';
export { convertCurrencies } from './transform/convert-currencies.ts';
export { normalizeEmails } from './transform/normalize-emails.ts';
export { normalizePlans } from './transform/normalize-plans.ts';
export { markDuplicates, type MarkDuplicatesOptions } from './transform/mark-duplicates.ts';
export { rejectOrphanProducts, rejectOrphanTransactions, referencesOf, type TransactionReferences } from './transform/check-references.ts';
export { indexTransactionKeys, transactionKeysOf, type TransactionKeyIndex, type TransactionKeys } from './transform/index-transaction-keys.ts';
export { resolveRepeatedTransactions, type RepeatedTransactions } from './transform/resolve-repeated-transactions.ts';
export { spendPerUser, type SpendPerUserOptions } from './transform/spend-per-user.ts';
export { loadedRows, rejectedRows, collectWarnings, countRows } from './transform/split-rows.ts';
export { cleanStream, cleanUsers, cleanProducts, cleanTransactions, cleanTransactionFields, type CleanStream, type StreamInputs } from './transform/clean-stream.ts';

// Load: PostgreSQL, embedded or server.
export { openWarehouse, DEFAULT_WAREHOUSE_DIR, type WarehouseOptions } from './load/open-warehouse.ts';
export { openPglite } from './load/open-pglite.ts';
export { openPostgres } from './load/open-postgres.ts';
export { loadStream, loadStreamIn, copyRows, type LoadStreamOptions, type LoadResult } from './load/load-stream.ts';
export { toCopyPayload, type CopyPayload } from './load/copy-payload.ts';
export { toCopyCsv, centsToDecimal, type CopyColumn } from './load/to-copy-csv.ts';
export { toCopyBinary, type BinaryField } from './load/to-copy-binary.ts';
export { loadStreamChunkedIn, type LoadStreamChunkedOptions } from './load/load-stream-chunked.ts';
export { readBatches, storeBatch, type StoredBatch, type BatchFile } from './load/input-batches.ts';
export { lockSchema } from './load/locks.ts';
export { sqlFile, sqlFiles, SQL_ROOT } from './load/sql-files.ts';
export { formatSql } from './load/pgp.ts';
export { WarehouseError, type Warehouse, type WarehouseSession } from './load/warehouse.ts';

// Analysis: the questions, answered in SQL.
export { queryAnswers, queryReportData, latestTransactionDate, AnswersError } from './analysis/query-answers.ts';
export { windowMonths, isPartialMonth } from './analysis/window-months.ts';
export { formatSummary } from './analysis/format-summary.ts';

// The whole pipeline in one call.
export { runStream, CHUNKED_FROM_BYTES, type RunStreamOptions, type RunStreamResult } from './pipeline/run-stream.ts';
export { runStreamChunked, type RunStreamChunkedOptions } from './pipeline/run-stream-chunked.ts';
export { settleTransactionChunk, settleFieldedChunk, type SettledChunk, type SettleContext } from './pipeline/settle-transaction-chunk.ts';
export { settleTransactionFile, type SettleTransactionFileOptions } from './pipeline/settle-transaction-file.ts';
export { settleFileInWorker, type TransactionFileSettler } from './pipeline/settle-in-worker.ts';
export { mergeStream, type MergeStreamOptions } from './pipeline/merge-stream.ts';
export { buildStreamReport, writeStreamReport, type StreamReportOptions } from './pipeline/write-stream-report.ts';

// Sample data.
export { generateStream, type GenerateOptions, type GenerateSummary } from './generate/index.ts';

// Notebook display: tables, rows and SVG as HTML bundles that render in Jupyter, VS Code and the exports.
export { display, isInsideTslab, type MimeBundle } from './notebook/display.ts';
export { toTableBundle, showTable, type TableBundleOptions } from './notebook/to-table-bundle.ts';
export { toRowsBundle, showRows, type RowsBundleOptions } from './notebook/to-rows-bundle.ts';
export { toSvgBundle, showSvg, type SvgBundleOptions } from './notebook/to-svg-bundle.ts';

// Report and diagrams.
export * from './report/index.ts';
export * from './dfd/index.ts';
