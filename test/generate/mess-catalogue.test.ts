/**
 * Checks the raw text of a default-shaped messy dataset for every fault the contract
 * describes, by shape, independently of the generator's own bookkeeping.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { generateStream } from '../../src/generate/index.ts';

const text: Record<string, string> = {};
const table: Record<string, { header: string[]; rows: string[][] }> = {};
let out = '';

const col = (file: string, name: string): string[] => {
  const { header, rows } = table[file];
  const i = header.indexOf(name);
  return rows.filter((row) => row.length === header.length).map((row) => row[i]);
};
const some = (values: string[], pattern: RegExp, what: string): void =>
  assert.ok(values.some((v) => pattern.test(v)), `no ${what} (${pattern})`);

const test = suite('generateStream({clean: false}) mess catalogue');

test.before(async () => {
  out = await mkdtemp(join(tmpdir(), 'etlbook-mess-'));
  await generateStream({ out, users: 200, transactions: 2000 });
  for (const file of ['users.csv', 'products.csv', 'transactions.csv']) {
    text[file] = await readFile(join(out, file), 'utf8');
    const all: string[][] = parse(text[file], { bom: true, relax_column_count: true, skip_empty_lines: true });
    table[file] = { header: all[0].map((h) => h.trim().toLowerCase()), rows: all.slice(1) };
  }
});

test.after(() => rm(out, { recursive: true, force: true }));

test('varies the files: BOM, CRLF, padded upper-case headers, column order, an unknown column', () => {
  assert.ok(text['users.csv'].startsWith('\ufeffCustomer_ID, customer_name ,CUSTOMER_EMAIL,signup_source\n'));
  assert.ok(text['products.csv'].startsWith('customer_id,subscription_id,product_category,'));
  assert.ok(text['products.csv'].split('\n').slice(0, -1).every((line) => line.endsWith('\r')));
  assert.ok(!text['transactions.csv'].includes('\r'));
});

test('has blank lines and rows with too many and too few fields in every file', () => {
  for (const file of Object.keys(text)) {
    assert.match(text[file], /\n\r?\n/, `${file} blank line`);
    const width = table[file].header.length;
    assert.ok(table[file].rows.some((row) => row.length > width), `${file} too many`);
    assert.ok(table[file].rows.some((row) => row.length < width), `${file} too few`);
  }
});

test('has every accepted date form and rejected ones', () => {
  const dates = col('transactions.csv', 'transaction_date');
  const accepted: [string, RegExp][] = [
    ['YYYY-MM-DD', /^\d{4}-\d{2}-\d{2}$/],
    ['YYYY/MM/DD', /^\d{4}\/\d{2}\/\d{2}$/],
    ['T HH:MM', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/],
    ['Z', /T\d{2}:\d{2}:\d{2}Z$/],
    ['fraction', /:\d{2}\.\d{7,}$/],
    ['lower-case t and z', /t\d{2}:\d{2}:\d{2}\.\d+z$/],
    ['±HH:MM', /[+-]\d{2}:\d{2}$/],
    ['±HHMM', /T[\d:]+[+-]\d{4}$/],
    ['space time', /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/],
    ['slash date time', /^\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}$/],
    ['M/D/YYYY', /^\d{1,2}\/\d{1,2}\/\d{4}$/],
    ['D.M.YYYY', /^\d{1,2}\.\d{1,2}\.\d{4}$/],
    ['D MMM YYYY', /^\d{1,2} [A-Za-z]{3} \d{4}$/],
    ['D MONTH YYYY', /^\d{1,2} [A-Z]{4,} \d{4}$/],
    ['MMM D YYYY', /^[A-Za-z]{3} \d{1,2} \d{4}$/],
    ['Month D, YYYY', /^[a-z]+ \d{1,2}, \d{4}$/],
    ['epoch seconds', /^\d{10}$/],
  ];
  for (const [what, pattern] of accepted) some(dates, pattern, what);
  for (const [what, pattern] of [
    ['impossible date', /^\d{4}-02-30$/],
    ['day-first slashes', /^(1[3-9]|2\d|3[01])\/\d{2}\/\d{4}$/],
    ['epoch milliseconds', /^\d{13}$/],
    ['unknown form', /^\d{8}$/],
    ['empty date', /^$/],
  ] as const) some(dates, pattern, what);
});

test('has every accepted amount shape and rejected ones', () => {
  const amounts = col('transactions.csv', 'total_amount');
  for (const symbol of ['$', '€', '£']) assert.ok(amounts.some((a) => a.startsWith(symbol)), symbol);
  for (const [what, pattern] of [
    ['parentheses', /^\(\d/],
    ['symbol in parentheses', /^\([$€£]/],
    ['symbol before parentheses', /^[$€£]\(/],
    ['minus before symbol', /^-[$€£]/],
    ['symbol before minus', /^[$€£]-/],
    ['symbol then spaces', /^[$€£] +\S/],
    ['grouping', /^\d{1,3}(,\d{3})+\.\d{2}$/],
    ['grouping without decimals', /^\d{1,3}(,\d{3})+$/],
    ['half a cent', /^-?\d+\.\d{2}5$/],
    ['plus sign', /^\+/],
    ['leading dot', /^\.\d/],
    ['trailing dot', /^\d+\.$/],
    ['exponent', /e\d/],
    ['code suffix', / (USD|EUR|GBP)$/],
    ['two symbols', /^[$€£]{2}/],
  ] as const) some(amounts, pattern, what);
});

test('has inferred, missing, lower-case and rate-less currencies', () => {
  const { header, rows } = table['transactions.csv'];
  const [amount, currency] = [header.indexOf('total_amount'), header.indexOf('currency')];
  const full = rows.filter((row) => row.length === header.length);
  assert.ok(full.some((row) => row[currency] === '' && /^[$€£]\d/.test(row[amount])), 'empty with symbol');
  assert.ok(full.some((row) => row[currency] === '' && /^-?\d/.test(row[amount])), 'empty without symbol');
  some(col('transactions.csv', 'currency'), /^[a-z]{3}$/, 'lower-case code');
  some(col('transactions.csv', 'currency'), /^(CAD|AUD|CHF)$/, 'code without a rate');
});

test('has missing keys, duplicates and conflicting duplicates in every file', () => {
  for (const [file, key] of [['users.csv', 'customer_id'], ['products.csv', 'subscription_id'], ['transactions.csv', 'transaction_id']]) {
    assert.ok(col(file, key).some((id) => id.trim() === ''), `${file} empty key`);
    const lines = text[file].split(/\r?\n/).filter((line) => line !== '');
    assert.ok(new Set(lines).size < lines.length, `${file} exact duplicate line`);
    const byKey = new Map<string, Set<string>>();
    const { header, rows } = table[file];
    for (const row of rows.filter((r) => r.length === header.length)) {
      const id = row[header.indexOf(key)].trim();
      if (id) byKey.set(id, (byKey.get(id) ?? new Set()).add(row.join('\u0000')));
    }
    assert.ok([...byKey.values()].some((versions) => versions.size > 1), `${file} conflicting duplicate`);
  }
});

test('has orphans, missing subscriptions and customer mismatches that still parse (quarantined revenue)', () => {
  const users = new Set(col('users.csv', 'customer_id').map((id) => id.trim()));
  const owner = new Map(table['products.csv'].rows.map((row) => [row[1].trim(), row[0].trim()]));
  assert.ok(col('products.csv', 'customer_id').some((id) => !users.has(id.trim())), 'product orphan customer');
  const { header, rows } = table['transactions.csv'];
  const txns = rows.filter((row) => row.length === header.length);
  const parses = (row: string[]): boolean => /^-?\d+\.\d{2}$/.test(row[3]) && /^(USD|EUR|GBP)$/.test(row[4]) && /^\d{4}-\d{2}-\d{2}$/.test(row[5]);
  assert.ok(txns.some((row) => !users.has(row[1].trim()) && parses(row)), 'transaction orphan customer');
  assert.ok(txns.some((row) => row[2] === '' && parses(row)), 'empty subscription_id');
  assert.ok(txns.some((row) => users.has(row[1]) && row[2] && !owner.has(row[2].trim()) && parses(row)), 'orphan subscription');
  assert.ok(txns.some((row) => owner.has(row[2]) && users.has(row[1]) && owner.get(row[2]) !== row[1]), 'customer_mismatch');
  assert.ok(txns.some((row) => row[1] !== row[1].toUpperCase() && users.has(row[1].toUpperCase())), 'id differing only in case');
});

test('has hostile, unicode and white-space customer names', () => {
  const names = col('users.csv', 'customer_name');
  for (const name of ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', "'); drop table users;--"]) assert.ok(names.includes(name), name);
  assert.ok(names.some((n) => n.length >= 10_000), '10,000 characters');
  some(names, /\p{Extended_Pictographic}/u, 'emoji');
  some(names, /[\u0590-\u06ff]/, 'right-to-left text');
  some(names, /,/, 'comma');
  some(names, /"/, 'quote');
  some(names, /\n/, 'embedded newline');
  some(names, /^\s|\s$/, 'leading or trailing space');
  some(names, /\u00a0/, 'NBSP');
  some(names, /\t/, 'tab');
  some(names, /\S {2}\S/, 'double space');
  some(names, /^$/, 'empty name');
});

test('has upper-case and invalid e-mails', () => {
  const emails = col('users.csv', 'customer_email');
  some(emails, /^[A-Z0-9._]+@[A-Z0-9.-]+$/, 'upper-case email');
  some(emails, /^[^@]+$/, 'no @');
  some(emails, /@.*@/, 'two @');
  some(emails, /^@/, 'empty local part');
  some(emails, /@[^.]+$/, 'domain without a dot');
  some(emails, /@\S* \S/, 'space in the domain');
});

test('has category, interval and status aliases, case variants and unknowns', () => {
  const categories = col('products.csv', 'product_category');
  for (const alias of ['Chat Messaging', 'Activity Feeds', 'Video & Audio', 'Video and Audio', 'Legacy Bundle', '']) assert.ok(categories.includes(alias), alias);
  some(categories, /^(chat|feeds|video|moderation)$/, 'lower-case category');
  const intervals = col('products.csv', 'billing_interval');
  for (const alias of ['month', 'mo', 'yearly', 'year', 'annually', 'quarterly', '']) assert.ok(intervals.includes(alias), alias);
  const statuses = col('products.csv', 'billing_status');
  for (const alias of ['cancelled', 'paused', '']) assert.ok(statuses.includes(alias), alias);
  some(statuses, /^[A-Z_]+$/, 'upper-case status');
});

test.run();
