import type { Dfd } from '../model.ts';

/**
 * Level-0 diagram of etlbook itself: CSV files are ingested, transformed by the contract's field
 * and row rules, loaded into PostgreSQL and queried for the answers that the report shows; every
 * row that is not loaded goes to the rejects store with its reason.
 *
 * @example
 * const svg = await renderDfdSvg(etlbookPipelineDfd);
 */
export const etlbookPipelineDfd: Dfd = {
  name: 'etlbook-pipeline',
  title: 'etlbook: from CSV exports to the report',
  level: 0,
  layout: { rankdir: 'TB' },
  description:
    "etlbook's own pipeline: files → ingest → transform → load → warehouse → queries → report, with every rejected, duplicate or superseded row kept in the rejects store.",
  nodes: [
    {
      kind: 'external',
      id: 'E1',
      label: 'Stream CSV exports',
      description: 'users.csv, products.csv and transactions.csv exported from Nessy and Stripe, in the input directory.',
    },
    {
      kind: 'process',
      id: '1',
      label: 'Ingest files',
      performedBy: 'Papa Parse · Arquero',
      description: 'Reads each file (BOM, quoting, line ends), matches the headers and keeps each row with its file and line.',
    },
    {
      kind: 'process',
      id: '2',
      label: 'Transform',
      performedBy: 'Arquero',
      description: 'Applies the field rules (text, ids, emails, dates, amounts, currency), removes duplicates and checks references.',
    },
    {
      kind: 'process',
      id: '3',
      label: 'Load',
      performedBy: 'pg-promise · COPY',
      description: 'Bulk-loads the clean tables and the rejects into PostgreSQL, with primary and foreign keys.',
    },
    {
      kind: 'process',
      id: '4',
      label: 'Answer questions in SQL',
      performedBy: 'sql/ query files',
      description: 'Runs the queries for top users, sales by category, monthly revenue growth and average transaction.',
    },
    {
      kind: 'process',
      id: '5',
      label: 'Build the report',
      performedBy: 'Observable Plot',
      description: 'Draws the charts and writes the static HTML report with the reconciliation of every file.',
    },
    { kind: 'store', id: 'D1', label: 'FX rates', description: 'USD per unit of each currency by month (fx_rates.csv).' },
    {
      kind: 'store',
      id: 'D2',
      label: 'Rejects',
      description: 'Every rejected, duplicate or superseded row with its file, line number, reason and original text.',
    },
    {
      kind: 'store',
      id: 'D3',
      label: 'PostgreSQL warehouse',
      description: 'Staging and mart tables: users, products, transactions and their metrics.',
    },
    {
      kind: 'external',
      id: 'E2',
      label: 'Analyst',
      description: 'Runs etlbook, chooses the as-of date and reads the report.',
    },
  ],
  flows: [
    { id: 'F1', from: 'E1', to: '1', data: 'users, products and transactions CSV files' },
    { id: 'F2', from: '1', to: '2', data: 'raw rows with file and line' },
    { id: 'F3', from: '1', to: 'D2', data: 'malformed rows (bad_row)' },
    { id: 'F4', from: 'D1', to: '2', data: 'USD rate per currency and month' },
    { id: 'F5', from: '2', to: 'D2', data: 'rejected, duplicate and superseded rows' },
    { id: 'F6', from: '2', to: '3', data: 'clean tables with keys' },
    { id: 'F7', from: 'D2', to: '3', data: 'rejects with reasons' },
    { id: 'F8', from: '3', to: 'D3', data: 'staging and mart tables' },
    { id: 'F9', from: 'D3', to: '4', data: 'mart tables' },
    { id: 'F10', from: 'E2', to: '4', data: 'as-of date' },
    { id: 'F11', from: '4', to: '5', data: 'answers and reconciliation' },
    { id: 'F12', from: '5', to: 'E2', data: 'HTML report with charts' },
  ],
};
