import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { runNotebooks } from '../../src/notebook/run-notebooks.ts';
import { checkNotebook, fromNotebookJson } from '../../src/notebook/notebook-format.ts';

const test = suite('exports/notebooks');

test('every notebook runs top to bottom, and the exports are exactly what they produce (regenerate with `npx etlbook notebooks`)', async () => {
  const out = await mkdtemp(join(tmpdir(), 'etlbook-notebooks-'));
  const lines: string[] = [];
  const runs = await runNotebooks([], { outDir: out, log: (line) => lines.push(line) });
  const failed = runs.filter((run) => run.failure);
  assert.is(failed.length, 0, `failed: ${failed.map((run) => run.name).join(', ')}\n${lines.join('\n')}`);
  const committed = (await readdir('exports/notebooks')).sort();
  assert.equal((await readdir(out)).sort(), committed, 'the same files');
  for (const file of committed) {
    const fresh = await readFile(join(out, file), 'utf8');
    assert.ok(fresh === (await readFile(join('exports/notebooks', file), 'utf8')), `exports/notebooks/${file} differs from a fresh run`);
  }
});

test('the committed notebooks carry no outputs, and their executed forms are valid nbformat 4.5', async () => {
  for (const file of (await readdir('notebooks')).filter((name) => name.endsWith('.ipynb'))) {
    const source = JSON.parse(await readFile(join('notebooks', file), 'utf8'));
    for (const cell of source.cells) {
      if (cell.cell_type === 'code') assert.equal([cell.outputs, cell.execution_count], [[], null], `${file} is committed with outputs`);
    }
    const executed = fromNotebookJson(await readFile(join('exports/notebooks', file), 'utf8'));
    assert.equal(checkNotebook(executed), [], `${file} export is not valid nbformat`);
    assert.is(executed.nbformat_minor, 5);
  }
});

test.run();
