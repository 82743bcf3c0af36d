import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { checkNotebook } from '../../src/notebook/notebook-format.ts';
import { runNotebooks } from '../../src/notebook/run-notebooks.ts';
import { fixtures } from './helpers.ts';

const test = suite('runNotebooks(names, options)');

test('writes the same .ipynb, .html and index.html bytes on every run', async () => {
  const outs = [await mkdtemp(path.join(tmpdir(), 'etlbook-nb-a-')), await mkdtemp(path.join(tmpdir(), 'etlbook-nb-b-'))];
  try {
    const lines: string[] = [];
    for (const outDir of outs) {
      const runs = await runNotebooks(['three-cells'], { notebooksDir: fixtures, outDir, log: (line) => lines.push(line) });
      assert.equal(runs, [{ name: 'three-cells', failure: undefined }]);
    }
    const files = await readdir(outs[0]!);
    assert.equal(files.sort(), ['index.html', 'three-cells.html', 'three-cells.ipynb']);
    for (const file of files) assert.ok((await readFile(path.join(outs[0]!, file))).equals(await readFile(path.join(outs[1]!, file))), `${file} differs`);
    assert.equal(checkNotebook(JSON.parse(await readFile(path.join(outs[0]!, 'three-cells.ipynb'), 'utf8'))), []);
    assert.match(await readFile(path.join(outs[0]!, 'index.html'), 'utf8'), /Shows a stream, an HTML display and a value\./);
    assert.ok(lines.includes("  cell 2/4: console.log('hello from tslab');"), 'progress names each cell');
  } finally {
    for (const dir of outs) await rm(dir, { recursive: true, force: true });
  }
});

test('reports a failing notebook with its cell and writes no export for it', async () => {
  const outDir = await mkdtemp(path.join(tmpdir(), 'etlbook-nb-fail-'));
  try {
    const lines: string[] = [];
    const runs = await runNotebooks(['failing'], { notebooksDir: fixtures, outDir, log: (line) => lines.push(line) });
    assert.is(runs[0]?.failure?.cellNumber, 2);
    assert.ok(lines.some((line) => line.startsWith('FAILED failing.ipynb, cell 2: const rows = [1, 2];')));
    assert.equal(await readdir(outDir), []);
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
});

test('refuses names that are not notebooks', async () => {
  try {
    await runNotebooks(['nope'], { notebooksDir: fixtures, outDir: tmpdir() });
    assert.unreachable('should have thrown');
  } catch (error) {
    assert.match((error as Error).message, /no such notebook.*nope/);
  }
});

test.run();
