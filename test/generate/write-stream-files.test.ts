import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { fxRates } from '../../src/generate/fx-rates.ts';
import { generateStream, type GenerateOptions, type GenerateSummary } from '../../src/generate/index.ts';

const FILES = ['users.csv', 'products.csv', 'transactions.csv'] as const;
const REQUIRED: Record<string, string[]> = {
  'users.csv': ['customer_id', 'customer_name', 'customer_email'],
  'products.csv': ['subscription_id', 'customer_id', 'plan_id', 'plan_name', 'product_category', 'billing_interval', 'contract_amount', 'billing_status'],
  'transactions.csv': ['transaction_id', 'customer_id', 'subscription_id', 'total_amount', 'currency', 'transaction_date'],
};
const SMALL = { users: 200, transactions: 2000 };

interface Generated {
  summary: GenerateSummary;
  text: Record<string, string>;
}

const dirs: string[] = [];
async function generate(options: Omit<GenerateOptions, 'out'>): Promise<Generated> {
  const out = await mkdtemp(join(tmpdir(), 'etlbook-generate-'));
  dirs.push(out);
  const summary = await generateStream({ out, ...options });
  const text: Record<string, string> = {};
  for (const file of Object.keys(summary.files)) text[file] = await readFile(join(out, file), 'utf8');
  return { summary, text };
}

/** Records as objects keyed by trimmed, lower-cased header names (the contract's matching). */
function records(text: string): { header: string[]; rows: string[][] } {
  const all: string[][] = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true });
  return { header: all[0].map((h) => h.trim().toLowerCase()), rows: all.slice(1) };
}

function column(text: string, name: string): string[] {
  const { header, rows } = records(text);
  const i = header.indexOf(name);
  return rows.filter((row) => row.length === header.length).map((row) => row[i]);
}

const test = suite('generateStream(options)');
let messy: Generated;
let clean: Generated;

test.before(async () => {
  messy = await generate({ ...SMALL, fx: true });
  clean = await generate({ ...SMALL, clean: true, fx: true });
});

test.after(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

test('writes identical bytes for the same options', async () => {
  const again = await generate({ ...SMALL, fx: true });
  for (const file of Object.keys(messy.text)) assert.ok(again.text[file] === messy.text[file], file);
});

test('writes different data for a different seed', async () => {
  const other = await generate({ ...SMALL, seed: 7 });
  for (const file of FILES) assert.ok(other.text[file] !== messy.text[file], file);
});

test('leaves users.csv and products.csv unchanged when only --transactions changes', async () => {
  const more = await generate({ ...SMALL, transactions: 3000 });
  assert.ok(more.text['users.csv'] === messy.text['users.csv']);
  assert.ok(more.text['products.csv'] === messy.text['products.csv']);
});

test('writes exactly --users and --transactions records when clean', () => {
  assert.is(records(clean.text['users.csv']).rows.length, SMALL.users);
  assert.is(records(clean.text['transactions.csv']).rows.length, SMALL.transactions);
  for (const file of FILES) assert.is(clean.summary.files[file].extra, 0);
});

test('writes the flags’ counts plus the reported duplicates and corrections when messy', () => {
  const { users, transactions } = { users: messy.summary.files['users.csv'], transactions: messy.summary.files['transactions.csv'] };
  assert.is(users.generated, SMALL.users);
  assert.is(transactions.generated, SMALL.transactions);
  for (const file of FILES) {
    const stats = messy.summary.files[file];
    assert.is(stats.rows, stats.generated + stats.extra, file);
    assert.ok(stats.extra > 0, file);
    assert.is(records(messy.text[file]).rows.length, stats.rows, file);
  }
});

test('parses every file as CSV with the required headers', () => {
  for (const generated of [messy, clean]) {
    for (const file of FILES) {
      const { header } = records(generated.text[file]);
      for (const name of REQUIRED[file]) assert.ok(header.includes(name), `${file} lacks ${name}`);
    }
  }
});

test('writes clean files in the canonical form', () => {
  for (const file of FILES) {
    const text = clean.text[file];
    assert.ok(!text.startsWith('\ufeff') && !text.includes('\r\n') && !text.includes('\n\n'), file);
    assert.equal(records(text).header, REQUIRED[file]);
  }
  assert.ok(column(clean.text['transactions.csv'], 'transaction_date').every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)));
  assert.ok(column(clean.text['transactions.csv'], 'total_amount').every((a) => /^-?\d+\.\d{2}$/.test(a)));
  const users = new Set(column(clean.text['users.csv'], 'customer_id'));
  const subscriptions = new Set(column(clean.text['products.csv'], 'subscription_id'));
  assert.ok(column(clean.text['products.csv'], 'customer_id').every((id) => users.has(id)));
  assert.ok(column(clean.text['transactions.csv'], 'subscription_id').every((id) => subscriptions.has(id)));
});

test('stays realistic: four categories, both intervals, refunds, three currencies, growth', () => {
  const text = clean.text;
  assert.equal(new Set(column(text['products.csv'], 'product_category')), new Set(['Chat', 'Feeds', 'Video', 'Moderation']));
  assert.equal(new Set(column(text['products.csv'], 'billing_interval')), new Set(['monthly', 'annual']));
  assert.equal(new Set(column(text['transactions.csv'], 'currency')), new Set(['USD', 'EUR', 'GBP']));
  const statuses = column(text['products.csv'], 'billing_status');
  for (const status of ['active', 'canceled', 'trialing', 'past_due', 'unpaid']) assert.ok(statuses.includes(status), status);
  assert.ok(column(text['transactions.csv'], 'total_amount').some((a) => a.startsWith('-')));
  const months = column(text['transactions.csv'], 'transaction_date').map((d) => d.slice(0, 7));
  const count = (m: string) => months.filter((x) => x === m).length;
  assert.ok(count('2025-05') > 2 * count('2023-01'), 'payments grow over the history');
  assert.is(months[0], '2023-01');
  assert.is(months.at(-1), '2025-06');
});

test('dates every payment inside the FX table, whose rates cover each generated month', () => {
  const covered = new Set(fxRates().map((r) => `${r.currency} ${r.month}`));
  const { rows, header } = records(clean.text['transactions.csv']);
  const [currency, date] = [header.indexOf('currency'), header.indexOf('transaction_date')];
  for (const row of rows) assert.ok(covered.has(`${row[currency]} ${row[date].slice(0, 7)}`), row.join(','));
  assert.ok(clean.text['transactions.csv'].split('\n').slice(1, -1).every((line) => line.slice(-10) <= '2025-06-14'));
});

test('fires every fault kind at least once and names none as unfired', () => {
  for (const file of FILES) {
    assert.equal(messy.summary.files[file].unfired, [], file);
    assert.ok(Object.keys(messy.summary.files[file].faults).length > 20, file);
  }
});

test('reports progress at every tenth of the transactions', async () => {
  const calls: [number, number][] = [];
  await generate({ ...SMALL, clean: true, onProgress: (written, total) => calls.push([written, total]) });
  assert.equal(calls, Array.from({ length: 10 }, (_, i) => [(i + 1) * 200, 2000]));
});

test('writes fx_rates.csv into --out when asked, with its deliberate faults unless clean', () => {
  assert.is(clean.text['fx_rates.csv'].split('\n').length - 2, 13 * 12 * 3);
  assert.match(messy.text['fx_rates.csv'], /\n eur ,2030-12,\d\.\d{6}\nGBP,2024-13,/);
});

test.run();
