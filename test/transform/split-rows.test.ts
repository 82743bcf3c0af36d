import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as aq from 'arquero';
import { collectWarnings, countRows, loadedRowIndices, loadedRows, rejectedRows } from '../../src/transform/split-rows.ts';
import { toCopyCsv } from '../../src/load/to-copy-csv.ts';
import { tableEqual } from '../helpers/table-equal.ts';

const mismatch = { kind: 'customer_mismatch', column: 'customer_id', value: 'C2' };
const badEmail = { kind: 'invalid_email', column: 'customer_email', value: 'x' };

const transactions = aq.table({
  line: [2, 3, 4, 5, 6],
  raw: ['T1,…', 'T1,…', 'T2,…', 'T3,…', 'T4,…'],
  reason: [null, 'duplicate', 'bad_currency', null, 'orphan_customer'],
  transaction_id: ['T1', 'T1', 'T2', 'T3', 'T4'],
  transaction_date: ['2025-01-01', '2025-01-01', '2025-01-02', '2025-01-03', '2025-01-04'],
  amount_usd_cents: [100, 100, null, 300, 400],
  warnings: [[mismatch], null, [mismatch], [mismatch, badEmail], [mismatch]],
});

const loaded = suite('loadedRows(table, columns)');

loaded('keeps the rows without a reason, with the given columns in order', () => {
  tableEqual(loadedRows(transactions, ['transaction_id', 'amount_usd_cents', 'line']), {
    transaction_id: ['T1', 'T3'],
    amount_usd_cents: [100, 300],
    line: [2, 5],
  });
});

loaded('gives the same rows as indices, which toCopyCsv writes as it would the filtered table', () => {
  assert.equal([...loadedRowIndices(transactions)], [0, 3]);
  const columns = [{ from: 'transaction_id' }, { from: 'amount_usd_cents', as: 'cents' as const }, { from: 'line' }];
  const filtered = loadedRows(transactions, ['transaction_id', 'amount_usd_cents', 'line']);
  assert.equal([...toCopyCsv(transactions, columns, 1, loadedRowIndices(transactions))], [...toCopyCsv(filtered, columns, 1)]);
  assert.equal(Buffer.concat([...toCopyCsv(transactions, columns, 20000, loadedRowIndices(transactions))]).toString(), 'T1,1.00,2\nT3,3.00,5\n');
});

loaded.run();

const rejected = suite('rejectedRows(table, file)');

rejected('lists every row with a reason, duplicates included, with its file, line, reason, text and USD amount', () => {
  tableEqual(rejectedRows(transactions, 'transactions.csv'), {
    file: ['transactions.csv', 'transactions.csv', 'transactions.csv'],
    batch: [1, 1, 1],
    line: [3, 4, 6],
    reason: ['duplicate', 'bad_currency', 'orphan_customer'],
    raw: ['T1,…', 'T2,…', 'T4,…'],
    transaction_date: ['2025-01-01', '2025-01-02', '2025-01-04'],
    amount_usd_cents: [100, null, 400],
  });
});

rejected('fills the transaction columns with null for files without them', () => {
  const users = aq.table({ line: [2, 3], raw: ['C1,Ada', ',Bob,b@c.co'], reason: ['bad_row', 'missing_id'], customer_id: [null, null] });
  tableEqual(rejectedRows(users, 'users.csv'), {
    file: ['users.csv', 'users.csv'],
    batch: [1, 1],
    line: [2, 3],
    reason: ['bad_row', 'missing_id'],
    raw: ['C1,Ada', ',Bob,b@c.co'],
    transaction_date: [null, null],
    amount_usd_cents: [null, null],
  });
});

rejected.run();

const warnings = suite('collectWarnings(table, file)');

warnings('lists one row per warning of the loaded rows only, in file order', () => {
  tableEqual(collectWarnings(transactions, 'transactions.csv'), {
    file: ['transactions.csv', 'transactions.csv', 'transactions.csv'],
    batch: [1, 1, 1],
    line: [2, 5, 5],
    kind: ['customer_mismatch', 'customer_mismatch', 'invalid_email'],
    column: ['customer_id', 'customer_id', 'customer_email'],
    value: ['C2', 'C2', 'x'],
  });
});

warnings('returns an empty table for a table without warnings', () => {
  tableEqual(collectWarnings(aq.table({ line: [2], reason: [null] }), 'users.csv'), { file: [], batch: [], line: [], kind: [], column: [], value: [] });
});

warnings.run();

const counts = suite('countRows(table)');

counts('counts read, loaded, duplicate, superseded and rejected rows, and the rejected ones per reason', () => {
  const table = aq.table({ reason: [null, 'duplicate', 'superseded', 'superseded', 'bad_date', 'bad_date', 'orphan_customer', null] });
  assert.equal(countRows(table), {
    counts: { read: 8, loaded: 2, duplicate: 1, superseded: 2, rejected: 3 },
    byReason: { bad_date: 2, orphan_customer: 1 },
  });
});

counts('counts an empty file as all zeros', () => {
  assert.equal(countRows(aq.table({ reason: [] })), {
    counts: { read: 0, loaded: 0, duplicate: 0, superseded: 0, rejected: 0 },
    byReason: {},
  });
});

counts.run();

const batches = suite('rejectedRows and collectWarnings on merged batches');

batches("keep each row's batch, so a line number names one row again", () => {
  const table = aq.table({ line: [2, 2], batch: [1, 2], raw: ['T1,…', 'T1,…'], reason: ['superseded', null], warnings: [null, [mismatch]] });
  tableEqual(rejectedRows(table, 'transactions.csv').select('batch', 'line', 'reason'), { batch: [1], line: [2], reason: ['superseded'] });
  tableEqual(collectWarnings(table, 'transactions.csv').select('batch', 'line', 'kind'), { batch: [2], line: [2], kind: ['customer_mismatch'] });
});

batches.run();
