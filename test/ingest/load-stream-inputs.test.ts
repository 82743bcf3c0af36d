import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { loadStreamInputs, REFERENCE_FX_RATES } from '../../src/ingest/load-stream-inputs.ts';
import { InputError } from '../../src/ingest/input-error.ts';
import { tableEqual } from '../helpers/table-equal.ts';

const test = suite('loadStreamInputs(dir)');

const FILES: Record<string, string> = {
  'users.csv': 'customer_id,customer_name,customer_email\nC1,Ada,ada@example.com\n',
  'products.csv':
    'subscription_id,customer_id,plan_id,plan_name,product_category,billing_interval,contract_amount,billing_status\n' +
    'S1,C1,P1,Chat Pro,Chat,monthly,100.00,active\n',
  'transactions.csv':
    'transaction_id,customer_id,subscription_id,total_amount,currency,transaction_date\n' +
    'T1,C1,S1,10.00,EUR,2025-01-15\nT2,C1,S1,5.00,USD,2025-01-16\n',
};

const dirs: string[] = [];
async function inputDir(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'etlbook-inputs-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return dir;
}
test.after(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

async function failure(promise: Promise<unknown>): Promise<InputError> {
  try {
    await promise;
  } catch (error) {
    assert.instance(error, InputError);
    return error as InputError;
  }
  assert.unreachable('expected an InputError');
  throw new Error('unreachable');
}

test('reads the three data files as tables named after their files', async () => {
  const dir = await inputDir({ ...FILES, 'fx_rates.csv': 'currency,month,usd_per_unit\nEUR,2025-01,1.25\n' });
  const inputs = await loadStreamInputs(dir);
  assert.equal([inputs.users.file, inputs.products.file, inputs.transactions.file], ['users.csv', 'products.csv', 'transactions.csv']);
  assert.equal(inputs.users.table.array('customer_id'), ['C1']);
  assert.equal(inputs.products.table.array('subscription_id'), ['S1']);
  assert.equal(inputs.transactions.table.array('transaction_id'), ['T1', 'T2']);
});

test("uses the directory's own fx_rates.csv when it has one", async () => {
  const dir = await inputDir({ ...FILES, 'fx_rates.csv': 'currency,month,usd_per_unit\neur,2025-01,1.25\nXYZ,2025-01,7\n' });
  const { rates, files } = await loadStreamInputs(dir);
  assert.equal([...rates.entries()], [['EUR|2025-01', '1.25'], ['XYZ|2025-01', '7']]);
  assert.is(files[3].path, join(dir, 'fx_rates.csv'));
});

test("falls back to etlbook's reference rates when the directory has no fx_rates.csv", async () => {
  const dir = await inputDir(FILES);
  const { files, rates } = await loadStreamInputs(dir);
  assert.equal(files[3].file, 'fx_rates.csv');
  assert.is(files[3].path, REFERENCE_FX_RATES);
  assert.ok(rates.size > 0);
});

test('reports FX rows that do not parse as bad_fx_rate warnings', async () => {
  const fx = 'currency,month,usd_per_unit\nEUR,2025-01,1.25\nGBP,2025-13,1.3\nGBP,2025-02,abc\n';
  const { fxWarnings, rates } = await loadStreamInputs(await inputDir({ ...FILES, 'fx_rates.csv': fx }));
  assert.equal([...rates.keys()], ['EUR|2025-01']);
  tableEqual(fxWarnings as NonNullable<typeof fxWarnings>, {
    file: ['fx_rates.csv', 'fx_rates.csv'],
    line: [3, 4],
    kind: ['bad_fx_rate', 'bad_fx_rate'],
    column: ['month', 'usd_per_unit'],
    value: ['2025-13', 'abc'],
  });
});

test('lists every file read with its path, SHA-256 and record count', async () => {
  const fx = 'currency,month,usd_per_unit\nEUR,2025-01,1.25\n';
  const dir = await inputDir({ ...FILES, 'fx_rates.csv': fx });
  const { files } = await loadStreamInputs(dir);
  const sha = (text: string) => createHash('sha256').update(text).digest('hex');
  assert.equal(files, [
    { file: 'users.csv', path: join(dir, 'users.csv'), sha256: sha(FILES['users.csv']), rows: 1 },
    { file: 'products.csv', path: join(dir, 'products.csv'), sha256: sha(FILES['products.csv']), rows: 1 },
    { file: 'transactions.csv', path: join(dir, 'transactions.csv'), sha256: sha(FILES['transactions.csv']), rows: 2 },
    { file: 'fx_rates.csv', path: join(dir, 'fx_rates.csv'), sha256: sha(fx), rows: 1 },
  ]);
});

for (const missing of ['users.csv', 'products.csv', 'transactions.csv']) {
  test(`fails naming ${missing} when it is missing`, async () => {
    const files = { ...FILES };
    delete files[missing];
    const dir = await inputDir(files);
    const error = await failure(loadStreamInputs(dir));
    assert.is(error.file, join(dir, missing));
    assert.match(error.message, missing);
  });
}

test('fails naming the file and the column when a later file misses a required column', async () => {
  const transactions = 'transaction_id,customer_id,subscription_id,total_amount,transaction_date\nT1,C1,S1,10.00,2025-01-15\n';
  const error = await failure(loadStreamInputs(await inputDir({ ...FILES, 'transactions.csv': transactions })));
  assert.is(error.file, 'transactions.csv');
  assert.match(error.message, 'transactions.csv');
  assert.match(error.message, '"currency"');
});

test("fails naming fx_rates.csv when the directory's own FX file misses a column", async () => {
  const error = await failure(loadStreamInputs(await inputDir({ ...FILES, 'fx_rates.csv': 'currency,usd_per_unit\nEUR,1.25\n' })));
  assert.is(error.file, 'fx_rates.csv');
  assert.match(error.message, '"month"');
});

test.run();
