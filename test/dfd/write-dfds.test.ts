import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Dfd } from '../../src/dfd/model.ts';
import { writeDfds } from '../../src/dfd/write-dfds.ts';

const committed = join(import.meta.dirname, '../../exports/dfd');

const writeSuite = suite('writeDfds(outDir, options)');

writeSuite('regenerates exports/dfd byte for byte', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'etlbook-dfd-'));
  try {
    const written = await writeDfds(dir);
    const names = written.map((path) => path.slice(dir.length + 1));
    assert.equal([...names].sort(), (await readdir(committed)).sort(), 'the same files as committed');
    for (const name of names) {
      const same = (await readFile(join(dir, name))).equals(await readFile(join(committed, name)));
      assert.ok(same, `${name} differs from exports/dfd/${name}: run \`etlbook dfd\` and commit`);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

writeSuite('writes nothing when a diagram breaks a rule', async () => {
  const dir = join(await mkdtemp(join(tmpdir(), 'etlbook-dfd-')), 'out');
  const broken: Dfd = {
    name: 'broken',
    title: 'Broken',
    level: 0,
    description: '',
    nodes: [
      { kind: 'external', id: 'E1', label: 'Google Ads', description: '' },
      { kind: 'store', id: 'D2', label: 'BigQuery', description: '' },
    ],
    flows: [{ id: 'F7', from: 'E1', to: 'D2', data: 'ad costs' }],
  };
  try {
    await writeDfds(dir, { dfds: [broken] });
    assert.unreachable('should have thrown');
  } catch (error) {
    assert.match((error as Error).message, 'diagram "broken" breaks 1 rule(s)');
    assert.match((error as Error).message, 'flow F7 connects external entity "Google Ads" to data store "D2 BigQuery" without a process between them');
  } finally {
    const left = await readdir(dir).catch(() => []);
    assert.equal(left, []);
    await rm(join(dir, '..'), { recursive: true, force: true });
  }
});

writeSuite.run();
