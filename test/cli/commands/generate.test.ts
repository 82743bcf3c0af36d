/** Mirrors src/cli/commands/generate.ts (kept under test/generate, the area this command belongs to). */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CommanderError } from 'commander';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { generateCommand } from '../../../src/cli/commands/generate.ts';

const test = suite('generateCommand()');
let out = '';

/** Runs the command as `etlbook generate …` would, capturing its output instead of exiting. */
async function run(args: string[]): Promise<{ stdout: string; stderr: string; exitCode: number }> {
  let stderr = '';
  let stdout = '';
  const command = generateCommand()
    .exitOverride()
    .configureOutput({ writeErr: (s) => (stderr += s), writeOut: (s) => (stdout += s) });
  const write = process.stdout.write;
  process.stdout.write = ((s: string) => ((stdout += s), true)) as typeof process.stdout.write;
  try {
    await command.parseAsync(args, { from: 'user' });
    return { stdout, stderr, exitCode: 0 };
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    return { stdout, stderr, exitCode: error.exitCode };
  } finally {
    process.stdout.write = write;
  }
}

test.before(async () => {
  out = await mkdtemp(join(tmpdir(), 'etlbook-cli-'));
});
test.after(() => rm(out, { recursive: true, force: true }));

test('writes the three files and reports rows per file', async () => {
  const { stdout, exitCode } = await run(['--out', out, '--users', '200', '--transactions', '2000', '--fx']);
  assert.is(exitCode, 0);
  assert.equal((await readdir(out)).sort(), ['fx_rates.csv', 'products.csv', 'transactions.csv', 'users.csv']);
  assert.match(stdout, /transactions\.csv: 2,0\d\d rows \(2,000 generated \+ \d+ deliberate duplicates\/corrections\)/);
});

test('fails with a one-line message and a non-zero exit code on a bad flag', async () => {
  for (const [args, message] of [
    [['--out', out, '--users', 'abc'], /argument 'abc' is invalid. expected a whole number/],
    [['--out', out, '--users', '10'], /^error: --users must be a whole number from 200 to 1000000, got 10/],
    [['--out', out, '--end-date', '2031-01-01'], /^error: --end-date 2031-01-01 is out of range/],
    [['--out', out, '--months', '12'], /^error: --months must be a whole number from 24/],
    [['--users', '300'], /required option '--out <dir>' not specified/],
  ] as const) {
    const { stderr, exitCode } = await run([...args]);
    assert.is(exitCode, 1, args.join(' '));
    assert.match(stderr, message);
    assert.is(stderr.trim().split('\n').length, 1, 'one line, no stack');
  }
});

test('documents its flags and examples in --help', async () => {
  const { stdout } = await run(['--help']);
  for (const flag of ['--out', '--seed', '--users', '--transactions', '--end-date', '--months', '--clean', '--fx', 'Examples:']) {
    assert.ok(stdout.includes(flag), flag);
  }
});

test.run();
