import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { dfdCommand } from '../../../src/cli/commands/dfd.ts';

/** Runs the command with its output captured instead of printed. */
async function run(args: string[]): Promise<string> {
  let out = '';
  const command = dfdCommand()
    .exitOverride()
    .configureOutput({ writeOut: (text) => (out += text), writeErr: (text) => (out += text) });
  try {
    await command.parseAsync(args, { from: 'user' });
  } catch (error) {
    // --help ends through exitOverride with a CommanderError after printing.
    if ((error as { code?: string }).code !== 'commander.helpDisplayed') throw error;
  }
  return out;
}

const commandSuite = suite('dfdCommand()');

commandSuite('is named dfd and explains itself with examples and the default directory', async () => {
  assert.is(dfdCommand().name(), 'dfd');
  const help = await run(['--help']);
  assert.match(help, 'Usage: dfd [options]');
  // Commander wraps help to the terminal width, so compare with the white space collapsed.
  assert.match(help.replace(/\s+/g, ' '), '--out <dir> directory for <name>.svg, <name>.png and README.md (default: "exports/dfd")');
  assert.match(help, 'Examples:');
  assert.match(help, '$ etlbook dfd --check');
});

commandSuite('--check validates every diagram and writes nothing', async () => {
  assert.is(await run(['--check']), '7 diagrams valid\n');
});

commandSuite('--out writes the images and the glossary to the given directory', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'etlbook-dfd-cli-'));
  try {
    const out = await run(['--out', dir]);
    const files = await readdir(dir);
    assert.ok(files.includes('README.md'));
    assert.ok(files.includes('stream-context.svg'));
    assert.ok(files.includes('stream-context.png'));
    assert.is(out.trim().split('\n').length, files.length);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

commandSuite.run();
