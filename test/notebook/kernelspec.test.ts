import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { installKernelspec, toKernelspec } from '../../src/notebook/kernelspec.ts';

const test = suite('installKernelspec(options)');

test('writes kernel.json under <prefix>/share/jupyter/kernels/etlbook, running the launcher', async () => {
  const prefix = await mkdtemp(path.join(tmpdir(), 'etlbook-kernelspec-'));
  try {
    const dir = await installKernelspec({ prefix, node: '/opt/node/bin/node', root: '/srv/etlbook' });
    assert.is(dir, path.join(prefix, 'share', 'jupyter', 'kernels', 'etlbook'));
    const spec = JSON.parse(await readFile(path.join(dir, 'kernel.json'), 'utf8'));
    assert.equal(spec.argv, ['/opt/node/bin/node', '/srv/etlbook/src/notebook/tslab-kernel.js', '{connection_file}']);
    assert.is(spec.display_name, 'TypeScript (etlbook)');
    assert.is(spec.language, 'typescript');
  } finally {
    await rm(prefix, { recursive: true, force: true });
  }
});

test('installs per user into JUPYTER_DATA_DIR when it is set', async () => {
  const data = await mkdtemp(path.join(tmpdir(), 'etlbook-jupyter-data-'));
  try {
    assert.is(await installKernelspec({ env: { JUPYTER_DATA_DIR: data } }), path.join(data, 'kernels', 'etlbook'));
    assert.equal(toKernelspec().argv.at(-1), '{connection_file}');
  } finally {
    await rm(data, { recursive: true, force: true });
  }
});

test.run();
