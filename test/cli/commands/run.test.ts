import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { EXPECTED_ANSWERS, FIXTURE_FILES, writeStreamFixture } from '../../helpers/stream-fixture.ts';

const exec = promisify(execFile);
const CLI = new URL('../../../src/cli/etlbook.js', import.meta.url).pathname;

/** Runs the real `etlbook` executable as a user would, capturing both streams and the exit code. */
async function etlbook(args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await exec(process.execPath, [CLI, ...args], { env: { ...process.env, DATABASE_URL: '' }, maxBuffer: 64 << 20 });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const failed = error as { stdout: string; stderr: string; code: number };
    return { stdout: failed.stdout, stderr: failed.stderr, code: failed.code };
  }
}

const test = suite('etlbook run');

test('--json prints exactly the answers document on stdout, progress on stderr', async () => {
  const warehouse = await mkdtemp(join(tmpdir(), 'etlbook-wh-'));
  const result = await etlbook(['run', '--input', await writeStreamFixture(), '--warehouse', warehouse, '--json', '--no-report']);
  assert.is(result.code, 0, result.stderr);
  assert.equal(JSON.parse(result.stdout), EXPECTED_ANSWERS);
  assert.match(result.stderr, 'applying the contract rules');
});

test('without --json prints a readable summary with every section', async () => {
  const warehouse = await mkdtemp(join(tmpdir(), 'etlbook-wh-'));
  const result = await etlbook(['run', '--input', await writeStreamFixture(), '--warehouse', warehouse, '--no-report', '--quiet']);
  assert.is(result.code, 0, result.stderr);
  for (const heading of ['Top 5 users', 'Product categories by total sales (top: Chat)', 'Monthly revenue', 'Average transaction amount', 'Reconciliation', 'Quarantined revenue']) {
    assert.match(result.stdout, heading);
  }
  assert.match(result.stdout, '<script>alert(1)</script>', 'names print unchanged');
  assert.match(result.stdout, '$1,160.00');
  assert.is(result.stderr, '');
});

test('a missing column exits non-zero, names file and column, prints nothing on stdout, keeps the warehouse', async () => {
  const warehouse = await mkdtemp(join(tmpdir(), 'etlbook-wh-'));
  const good = await etlbook(['run', '--input', await writeStreamFixture(), '--warehouse', warehouse, '--json', '--no-report']);
  assert.is(good.code, 0, good.stderr);
  const noEmail = FIXTURE_FILES['users.csv'].replace('customer_email', 'email');
  const bad = await etlbook(['run', '--input', await writeStreamFixture({ 'users.csv': noEmail }), '--warehouse', warehouse, '--json', '--no-report']);
  assert.is.not(bad.code, 0);
  assert.is(bad.stdout, '');
  assert.match(bad.stderr, /users\.csv:1: missing required column "customer_email"/);
  assert.not.match(bad.stderr, '    at ', 'no stack trace for bad input');
  const after = await etlbook(['sql', '--warehouse', warehouse, '--json', 'select count(*)::integer as users from users']);
  assert.equal(JSON.parse(after.stdout), [{ users: 6 }], 'the earlier load is untouched');
});

test('a missing file is named', async () => {
  const result = await etlbook(['run', '--input', await writeStreamFixture({ 'products.csv': null }), '--warehouse', await mkdtemp(join(tmpdir(), 'etlbook-wh-')), '--json']);
  assert.is(result.code, 1);
  assert.is(result.stdout, '');
  assert.match(result.stderr, 'missing input file products.csv');
});

test('an unreachable server fails within seconds with one clear line', async () => {
  const result = await etlbook(['run', '--input', await writeStreamFixture(), '--db', 'postgres://nobody:wrong@127.0.0.1:1/none', '--json']);
  assert.is(result.code, 1);
  assert.is(result.stdout, '');
  assert.match(result.stderr, 'cannot connect to PostgreSQL at nobody@127.0.0.1:1/none');
  assert.not.match(result.stderr, 'wrong', 'the password is never printed');
});

test('a bad --as-of is refused before anything runs', async () => {
  const result = await etlbook(['run', '--as-of', '2025-02-30', '--json']);
  assert.is.not(result.code, 0);
  assert.is(result.stdout, '');
  assert.match(result.stderr, '--as-of must be a date written YYYY-MM-DD');
});

test.run();
