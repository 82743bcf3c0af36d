import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as aq from 'arquero';
import { FX_RATES, PRODUCTS, TRANSACTIONS, USERS } from '../../src/contract/stream.ts';
import { fromCsv } from '../../src/ingest/read-csv.ts';
import { cleanProducts, cleanStream, cleanTransactions, cleanUsers } from '../../src/transform/clean-stream.ts';
import { readFxRates } from '../../src/transform/read-fx-rates.ts';
import { spendPerUser } from '../../src/transform/spend-per-user.ts';
import { tableEqual } from '../helpers/table-equal.ts';
import { asRead } from './as-read.ts';

const rates = new Map([
  ['EUR|2025-01', '1.1'],
  ['GBP|2025-02', '1.25'],
]);

const loadedUsers = (ids: string[]) => aq.table({ reason: ids.map(() => null), customer_id: ids });
const loadedProducts = (rows: [string, string][]) =>
  aq.table({ reason: rows.map(() => null), subscription_id: rows.map((row) => row[0]), customer_id: rows.map((row) => row[1]) });

// ---------- users

const users = suite('cleanUsers(table)');

users('cleans the text and the email of each user', () => {
  const table = asRead(USERS.columns, [[' C1 ', ' Ada   Lovelace ', ' ADA@Example.com ']]);
  tableEqual(cleanUsers(table).select([...USERS.columns]), {
    customer_id: ['C1'],
    customer_name: ['Ada Lovelace'],
    customer_email: ['ada@example.com'],
  });
});

users('rejects a bad row before its missing id, and an empty id as missing_id', () => {
  const table = asRead(USERS.columns, ['C1,Ada', ['  ', 'Bob', 'b@c.co'], ['C2', 'Cy', null]]);
  tableEqual(cleanUsers(table).select('reason'), { reason: ['bad_row', 'missing_id', null] });
});

users('keeps a user with an invalid email, nulled and warned', () => {
  const table = asRead(USERS.columns, [['C1', 'Ada', 'ada(at)example.com']]);
  tableEqual(cleanUsers(table).select('reason', 'customer_email', 'warnings'), {
    reason: [null],
    customer_email: [null],
    warnings: [[{ kind: 'invalid_email', column: 'customer_email', value: 'ada(at)example.com' }]],
  });
});

users('finds duplicates after the field rules: case and spacing do not make a new row', () => {
  const table = asRead(USERS.columns, [
    ['C1', 'Ada  Lovelace', 'ADA@example.com'],
    [' C1', 'Ada Lovelace ', 'ada@example.com'],
  ]);
  tableEqual(cleanUsers(table).select('reason'), { reason: ['duplicate', null] });
});

users('treats two empty emails as equal', () => {
  const table = asRead(USERS.columns, [['C1', 'Ada', ''], ['C1', 'Ada', '  ']]);
  tableEqual(cleanUsers(table).select('reason'), { reason: ['duplicate', null] });
});

users('supersedes an earlier version of a user by the last one', () => {
  const table = asRead(USERS.columns, [['C1', 'Ada', 'old@example.com'], ['C2', 'Bob', null], ['C1', 'Ada', 'new@example.com']]);
  tableEqual(cleanUsers(table).select('reason', 'customer_email'), {
    reason: ['superseded', null, null],
    customer_email: ['old@example.com', null, 'new@example.com'],
  });
});

users.run();

// ---------- products

const products = suite('cleanProducts(table, users)');

const product = (id: string | null, customer: string | null, amount: string, extra: Partial<Record<string, string>> = {}) => [
  id, customer, extra.plan_id ?? 'P1', extra.plan_name ?? 'Chat Pro', extra.product_category ?? 'Chat',
  extra.billing_interval ?? 'monthly', amount, extra.billing_status ?? 'active',
];

products('parses the contract amount into cents and canonicalizes the plan', () => {
  const table = asRead(PRODUCTS.columns, [product('S1', 'C1', '$1,200.50', { product_category: 'activity feeds', billing_interval: 'Yearly', billing_status: 'Cancelled' })]);
  tableEqual(cleanProducts(table, loadedUsers(['C1'])).select('reason', 'product_category', 'billing_interval', 'contract_amount_cents', 'billing_status'), {
    reason: [null],
    product_category: ['Feeds'],
    billing_interval: ['annual'],
    contract_amount_cents: [120050],
    billing_status: ['canceled'],
  });
});

products('gives a row its first reason: missing_id before bad_amount, field rules before references', () => {
  const table = asRead(PRODUCTS.columns, [product(null, 'C9', 'abc'), product('S2', 'C9', 'abc'), product('S3', 'C9', '5')]);
  tableEqual(cleanProducts(table, loadedUsers(['C1'])).select('reason'), { reason: ['missing_id', 'bad_amount', 'orphan_customer'] });
});

products('treats $12.50 and 12.5 as the same amount when finding duplicates', () => {
  const table = asRead(PRODUCTS.columns, [product('S1', 'C1', '$12.50', { billing_status: 'ACTIVE' }), product('S1', 'C1', '12.5')]);
  tableEqual(cleanProducts(table, loadedUsers(['C1'])).select('reason'), { reason: ['duplicate', null] });
});

products('rejects a product whose customer is empty, unknown or not loaded as orphan_customer', () => {
  const parents = aq.table({ reason: [null, 'bad_row'], customer_id: ['C1', 'C2'] });
  const table = asRead(PRODUCTS.columns, [product('S1', null, '5'), product('S2', 'C9', '5'), product('S3', 'C2', '5'), product('S4', 'C1', '5')]);
  tableEqual(cleanProducts(table, parents).select('reason'), { reason: ['orphan_customer', 'orphan_customer', 'orphan_customer', null] });
});

products('checks the user after duplicates: an orphan is counted once, its earlier copies stay duplicate', () => {
  const table = asRead(PRODUCTS.columns, [product('S1', 'C9', '5'), product('S1', 'C9', '5')]);
  tableEqual(cleanProducts(table, loadedUsers(['C1'])).select('reason'), { reason: ['duplicate', 'orphan_customer'] });
});

products.run();

// ---------- transactions

const transactions = suite('cleanTransactions(table, {users, products}, rates)');

const parents = { users: loadedUsers(['C1', 'C2']), products: loadedProducts([['S1', 'C1'], ['S2', 'C2']]) };
const payment = (id: string | null, amount: string, currency: string | null, date: string, customer: string | null = 'C1', subscription: string | null = 'S1') =>
  [id, customer, subscription, amount, currency, date];

transactions('settles currency, date and USD amount, at the rate of the UTC date\'s month', () => {
  const table = asRead(TRANSACTIONS.columns, [payment('T1', '€1,000.00', null, '15 Jan 2025'), payment('T2', '(10)', 'eur', '2025-01-31T23:30:00-01:00')]);
  const result = cleanTransactions(table, parents, rates);
  tableEqual(result.select('reason', 'total_amount_cents', 'currency', 'usd_per_unit', 'amount_usd_cents', 'transaction_date'), {
    reason: [null, 'bad_currency'],
    total_amount_cents: [100000, -1000],
    currency: ['EUR', 'EUR'],
    usd_per_unit: ['1.1', null],
    amount_usd_cents: [110000, null],
    transaction_date: ['2025-01-15', '2025-02-01'],
  });
});

transactions('gives a row the first reason: bad_row, missing_id, bad_date, bad_amount, bad_currency', () => {
  const table = asRead(TRANSACTIONS.columns, [
    'T0,C1,S1,abc,,never',
    payment(null, 'abc', 'XYZ', 'never'),
    payment('T2', 'abc', 'XYZ', 'never'),
    payment('T3', 'abc', 'XYZ', '2025-01-05'),
    payment('T4', '5', 'XYZ', '2025-01-05'),
    payment('T5', '5', null, '2025-01-05'),
  ]);
  tableEqual(cleanTransactions(table, parents, rates).select('reason'), {
    reason: ['bad_row', 'missing_id', 'bad_date', 'bad_amount', 'bad_currency', 'bad_currency'],
  });
});

transactions('keeps the USD amount of a rejected row whose amount, currency and date parsed', () => {
  const table = asRead(TRANSACTIONS.columns, [payment(null, '10', 'EUR', '2025-01-05'), payment('T2', '10', 'EUR', '2025-01-05', 'C9')]);
  tableEqual(cleanTransactions(table, parents, rates).select('reason', 'amount_usd_cents', 'transaction_date'), {
    reason: ['missing_id', 'orphan_customer'],
    amount_usd_cents: [1100, 1100],
    transaction_date: ['2025-01-05', '2025-01-05'],
  });
});

transactions('treats $12.50 without a code and 12.5 USD on the same day in another form as the same row', () => {
  const table = asRead(TRANSACTIONS.columns, [payment('T1', '$12.50', null, '2025-01-15'), payment('T1', '12.5', 'usd', '1/15/2025')]);
  tableEqual(cleanTransactions(table, parents, rates).select('reason'), { reason: ['duplicate', null] });
});

transactions('supersedes an earlier version of a transaction by the last one', () => {
  const table = asRead(TRANSACTIONS.columns, [payment('T1', '12.5', 'USD', '2025-01-15'), payment('T1', '13', 'USD', '2025-01-15')]);
  tableEqual(cleanTransactions(table, parents, rates).select('reason', 'total_amount_cents'), {
    reason: ['superseded', null],
    total_amount_cents: [1250, 1300],
  });
});

transactions('checks references in order: orphan_customer, missing_subscription, orphan_subscription', () => {
  const table = asRead(TRANSACTIONS.columns, [
    payment('T1', '5', 'USD', '2025-01-05', null, null),
    payment('T2', '5', 'USD', '2025-01-05', 'C1', null),
    payment('T3', '5', 'USD', '2025-01-05', 'C1', 'S9'),
  ]);
  tableEqual(cleanTransactions(table, parents, rates).select('reason'), { reason: ['orphan_customer', 'missing_subscription', 'orphan_subscription'] });
});

transactions("keeps a payment on another customer's subscription, warned, under its own customer", () => {
  const table = asRead(TRANSACTIONS.columns, [payment('T1', '5', 'USD', '2025-01-05', 'C2', 'S1')]);
  tableEqual(cleanTransactions(table, parents, rates).select('reason', 'customer_id', 'warnings'), {
    reason: [null],
    customer_id: ['C2'],
    warnings: [[{ kind: 'customer_mismatch', column: 'customer_id', value: 'C2' }]],
  });
});

transactions.run();

// ---------- the whole stream

const stream = suite('cleanStream(inputs)');

const USERS_CSV = `customer_id,customer_name,customer_email,signup
C1,Ada,ADA@example.com,x
C2,Bob,bob@example,x
C3,Cy
C2,Bob,bob@example.com,x
,Nobody,n@example.com,x
 C1 , Ada ,ada@example.com,y
C4,Dee,dee@@example.com,x
`;

const PRODUCTS_CSV = `subscription_id,customer_id,plan_id,plan_name,product_category,billing_interval,contract_amount,billing_status
S1,C1,P1,Chat Pro,chat messaging,Monthly,$100.00,active
S1,C1,P1,Chat Pro,Chat,mo,100,ACTIVE
S2,C3,P2,Feeds,Feeds,annual,50,active
S3,,P3,Video,Video,annual,50,active
S4,C2,P4,Mod,Storage,weekly,20,paused
S5,C4,P5,Chat,Chat,monthly,abc,active
,C4,P6,Chat,Chat,monthly,abc,active
S6,C9,P1,Chat,Chat,monthly,10,active
S7,C4,P7,Chat,Chat,monthly,10,active
S7,C4,P7,Chat,Chat,monthly,12,active
`;

const TRANSACTIONS_CSV = `transaction_id,customer_id,subscription_id,total_amount,currency,transaction_date
T1,C1,S1,$12.50,,2025-01-15
T1,C1,S1,12.5,usd,1/15/2025
T2,C2,S4,"1,000.00",EUR,2025-01-20
T3,C2,S1,10,GBP,2025-02-01
,C1,S1,20,EUR,2025-01-05
T4,C1,S1,abc,EUR,2025-13-01
T5,C1,S1,abc,,2025-01-05
T6,C1,S1,30,,2025-01-05
T7,C1,S1,30,EUR,2025-03-05
T8,C3,S2,5,USD,2025-01-05
T9,C1,,5,USD,2025-01-05
T10,C1,S2,5,USD,2025-01-05
T11,C4,S5,5,USD,2025-01-05
T12,C1,S1,5,USD,2025-01-05
T12,C1,S1,6,USD,2025-01-05
T13,C1,S1,1,2025-01-05
`;

const FX_CSV = `currency,month,usd_per_unit
EUR,2025-01,1.1
EUR,2025-02,abc
GBP,2025-02,1.25
`;

async function messy() {
  const fx = readFxRates((await fromCsv(FX_CSV, FX_RATES)).table);
  return cleanStream({
    users: await fromCsv(USERS_CSV, USERS),
    products: await fromCsv(PRODUCTS_CSV, PRODUCTS),
    transactions: await fromCsv(TRANSACTIONS_CSV, TRANSACTIONS),
    rates: fx.rates,
    fxWarnings: fx.skipped.derive({ file: () => 'fx_rates.csv', kind: () => 'bad_fx_rate' }).select('file', 'line', 'kind', 'column', 'value'),
  });
}

stream('reconciles every file: read = loaded + duplicate + superseded + rejected', async () => {
  const clean = await messy();
  assert.equal(clean.counts, {
    'users.csv': { read: 7, loaded: 3, duplicate: 1, superseded: 1, rejected: 2 },
    'products.csv': { read: 10, loaded: 3, duplicate: 1, superseded: 1, rejected: 5 },
    'transactions.csv': { read: 16, loaded: 4, duplicate: 1, superseded: 1, rejected: 10 },
  });
  const loaded = { 'users.csv': clean.users, 'products.csv': clean.products, 'transactions.csv': clean.transactions };
  for (const [file, counts] of Object.entries(clean.counts)) {
    assert.is(counts.read, counts.loaded + counts.duplicate + counts.superseded + counts.rejected, file);
    assert.is(loaded[file as keyof typeof loaded].numRows(), counts.loaded, file);
    assert.is(clean.rejects.filter(aq.escape((d: { file: string }) => d.file === file)).numRows(), counts.read - counts.loaded, file);
  }
});

stream('counts rejected rows per reason, without duplicates or superseded rows', async () => {
  assert.equal((await messy()).rejectedByReason, {
    'users.csv': { bad_row: 1, missing_id: 1 },
    'products.csv': { orphan_customer: 3, bad_amount: 1, missing_id: 1 },
    'transactions.csv': {
      missing_id: 1, bad_date: 1, bad_amount: 1, bad_currency: 2, orphan_customer: 1,
      missing_subscription: 1, orphan_subscription: 2, bad_row: 1,
    },
  });
});

stream('loads the last good version of each row with the contract columns', async () => {
  const clean = await messy();
  tableEqual(clean.users, {
    customer_id: ['C2', 'C1', 'C4'],
    customer_name: ['Bob', 'Ada', 'Dee'],
    customer_email: ['bob@example.com', 'ada@example.com', null],
    line: [5, 7, 8],
    batch: [1, 1, 1],
  });
  tableEqual(clean.products, {
    subscription_id: ['S1', 'S4', 'S7'],
    customer_id: ['C1', 'C2', 'C4'],
    plan_id: ['P1', 'P4', 'P7'],
    plan_name: ['Chat Pro', 'Mod', 'Chat'],
    product_category: ['Chat', 'Unknown', 'Chat'],
    billing_interval: ['monthly', null, 'monthly'],
    contract_amount_cents: [10000, 2000, 1200],
    billing_status: ['active', null, 'active'],
    line: [3, 6, 11],
    batch: [1, 1, 1],
  });
  tableEqual(clean.transactions, {
    transaction_id: ['T1', 'T2', 'T3', 'T12'],
    customer_id: ['C1', 'C2', 'C2', 'C1'],
    subscription_id: ['S1', 'S4', 'S1', 'S1'],
    total_amount_cents: [1250, 100000, 1000, 600],
    currency: ['USD', 'EUR', 'GBP', 'USD'],
    usd_per_unit: ['1', '1.1', '1.25', '1'],
    amount_usd_cents: [1250, 110000, 1250, 600],
    transaction_date: ['2025-01-15', '2025-01-20', '2025-02-01', '2025-01-05'],
    line: [3, 4, 5, 16],
    batch: [1, 1, 1, 1],
  });
});

stream('keeps every row not loaded in the rejects, with its line, reason, text and quarantine amount', async () => {
  const { rejects } = await messy();
  const of = (file: string) => rejects.filter(aq.escape((d: { file: string }) => d.file === file)).select('line', 'reason', 'raw', 'transaction_date', 'amount_usd_cents');
  tableEqual(of('users.csv').select('line', 'reason', 'raw'), {
    line: [2, 3, 4, 6],
    reason: ['duplicate', 'superseded', 'bad_row', 'missing_id'],
    raw: ['C1,Ada,ADA@example.com,x', 'C2,Bob,bob@example,x', 'C3,Cy', ',Nobody,n@example.com,x'],
  });
  tableEqual(of('products.csv').select('line', 'reason'), {
    line: [2, 4, 5, 7, 8, 9, 10],
    reason: ['duplicate', 'orphan_customer', 'orphan_customer', 'bad_amount', 'missing_id', 'orphan_customer', 'superseded'],
  });
  tableEqual(of('transactions.csv'), {
    line: [2, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 17],
    reason: [
      'duplicate', 'missing_id', 'bad_date', 'bad_amount', 'bad_currency', 'bad_currency',
      'orphan_customer', 'missing_subscription', 'orphan_subscription', 'orphan_subscription', 'superseded', 'bad_row',
    ],
    raw: [
      'T1,C1,S1,$12.50,,2025-01-15', ',C1,S1,20,EUR,2025-01-05', 'T4,C1,S1,abc,EUR,2025-13-01', 'T5,C1,S1,abc,,2025-01-05',
      'T6,C1,S1,30,,2025-01-05', 'T7,C1,S1,30,EUR,2025-03-05', 'T8,C3,S2,5,USD,2025-01-05', 'T9,C1,,5,USD,2025-01-05',
      'T10,C1,S2,5,USD,2025-01-05', 'T11,C4,S5,5,USD,2025-01-05', 'T12,C1,S1,5,USD,2025-01-05', 'T13,C1,S1,1,2025-01-05',
    ],
    transaction_date: [
      '2025-01-15', '2025-01-05', null, '2025-01-05', '2025-01-05', '2025-03-05',
      '2025-01-05', '2025-01-05', '2025-01-05', '2025-01-05', '2025-01-05', null,
    ],
    amount_usd_cents: [1250, 2200, null, null, null, null, 500, 500, 500, 500, 500, null],
  });
});

stream('reports unknown columns once per file, FX problems, and warnings of loaded rows only', async () => {
  tableEqual((await messy()).warnings, {
    file: ['users.csv', 'fx_rates.csv', 'users.csv', 'products.csv', 'products.csv', 'products.csv', 'transactions.csv'],
    batch: [1, 1, 1, 1, 1, 1, 1],
    line: [1, 3, 8, 6, 6, 6, 5],
    kind: ['unknown_columns', 'bad_fx_rate', 'invalid_email', 'unknown_category', 'unknown_billing_interval', 'unknown_billing_status', 'customer_mismatch'],
    column: [null, 'usd_per_unit', 'customer_email', 'product_category', 'billing_interval', 'billing_status', 'customer_id'],
    value: ['signup', 'abc', 'dee@@example.com', 'Storage', 'weekly', 'paused', 'C2'],
  });
});

stream("counts a mismatched payment for the transaction's own customer", async () => {
  const clean = await messy();
  tableEqual(spendPerUser(clean.users, clean.transactions).select('customer_id', 'total_spend_cents'), {
    customer_id: ['C2', 'C1', 'C4'],
    total_spend_cents: [111250, 1850, 0],
  });
});

stream('loads nothing and reports nothing from files with only a header', async () => {
  const clean = cleanStream({
    users: await fromCsv(USERS.columns.join(','), USERS),
    products: await fromCsv(PRODUCTS.columns.join(','), PRODUCTS),
    transactions: await fromCsv(TRANSACTIONS.columns.join(','), TRANSACTIONS),
    rates: new Map(),
  });
  const zero = { read: 0, loaded: 0, duplicate: 0, superseded: 0, rejected: 0 };
  assert.equal(clean.counts, { 'users.csv': zero, 'products.csv': zero, 'transactions.csv': zero });
  assert.equal([clean.users.numRows(), clean.products.numRows(), clean.transactions.numRows()], [0, 0, 0]);
  assert.is(clean.rejects.numRows(), 0);
  assert.is(clean.warnings.numRows(), 0);
});

stream.run();
