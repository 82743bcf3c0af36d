import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { installKernelspec } from '../../src/notebook/kernelspec.ts';
import { fixtures } from './helpers.ts';

// Debian's Jupyter (apt: jupyter-nbconvert python3-nbclient python3-ipykernel), not a pyenv or venv one.
const jupyter = '/usr/bin/jupyter';
const test = suite('installKernelspec() with real Jupyter');

test('nbconvert runs a notebook in a sub-folder that imports src/ with our kernel', async () => {
  if (!existsSync(jupyter)) {
    if (process.env.CI === 'true') assert.unreachable(`${jupyter} is missing: apt-get install -y jupyter-nbconvert python3-nbclient python3-ipykernel`);
    console.warn(`skipped: ${jupyter} is not installed`);
    return;
  }
  const prefix = await mkdtemp(path.join(tmpdir(), 'etlbook-jupyter-'));
  try {
    await installKernelspec({ prefix });
    const output = path.join(prefix, 'orders.ipynb');
    // Run from the notebook's own folder, as Jupyter does, to prove the launcher moves to the project root.
    await promisify(execFile)(
      jupyter,
      ['nbconvert', '--to', 'notebook', '--execute', '--ExecutePreprocessor.kernel_name=etlbook', '--ExecutePreprocessor.timeout=120', '--output', output, 'orders.ipynb'],
      { cwd: path.join(fixtures, 'sub'), env: { ...process.env, JUPYTER_PATH: path.join(prefix, 'share', 'jupyter') } },
    );
    const executed = JSON.parse(await readFile(output, 'utf8'));
    const html = executed.cells[1].outputs[0].data['text/html'].join('');
    assert.match(html, /Ada &amp; Co/);
  } finally {
    await rm(prefix, { recursive: true, force: true });
  }
});

test('nbconvert runs every notebook of notebooks/ top to bottom with our kernel', async () => {
  if (!existsSync(jupyter)) {
    if (process.env.CI === 'true') assert.unreachable(`${jupyter} is missing: apt-get install -y jupyter-nbconvert python3-nbclient python3-ipykernel`);
    console.warn(`skipped: ${jupyter} is not installed`);
    return;
  }
  const prefix = await mkdtemp(path.join(tmpdir(), 'etlbook-jupyter-'));
  const notebooks = path.resolve('notebooks');
  const names = (await readdir(notebooks)).filter((name) => name.endsWith('.ipynb')).sort();
  try {
    await installKernelspec({ prefix });
    await promisify(execFile)(
      jupyter,
      ['nbconvert', '--to', 'notebook', '--execute', '--ExecutePreprocessor.kernel_name=etlbook', '--ExecutePreprocessor.timeout=300', '--output-dir', prefix, ...names],
      { cwd: notebooks, env: { ...process.env, JUPYTER_PATH: path.join(prefix, 'share', 'jupyter') }, maxBuffer: 64 << 20 },
    );
    for (const name of names) {
      const executed = JSON.parse(await readFile(path.join(prefix, name), 'utf8'));
      // nbconvert exits non-zero when a cell fails; tslab leaves execution_count unset there, so count outputs instead.
      type CodeCell = { cell_type: string; source: string | string[]; metadata: { tags?: string[] }; outputs: { output_type: string; name?: string }[] };
      const code = (executed.cells as CodeCell[]).filter((cell) => cell.cell_type === 'code');
      // Set-up cells (tagged hide-input) import and define; the others each show something.
      const showing = code.filter((cell) => !cell.metadata.tags?.includes('hide-input'));
      assert.ok(showing.length > 0, `${name}: has cells that show something`);
      for (const cell of showing) assert.ok(cell.outputs.length > 0, `${name}: no output from ${[cell.source].flat().join('').slice(0, 60)}`);
      const errors = code.flatMap((cell) => cell.outputs).filter((output) => output.output_type === 'error' || output.name === 'stderr');
      assert.equal(errors, [], `${name}: errors`);
    }
  } finally {
    await rm(prefix, { recursive: true, force: true });
  }
});

test.run();
