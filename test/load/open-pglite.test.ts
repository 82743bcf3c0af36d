import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { LOCK_FILE, openPglite } from '../../src/load/open-pglite.ts';
import { WarehouseError } from '../../src/load/warehouse.ts';

test('a warehouse folder opens in one place at a time; the second is refused with a clear message', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'etlbook-lock-'));
  const first = await openPglite(dir);
  try {
    await openPglite(dir);
    assert.unreachable('the second open must be refused');
  } catch (error) {
    assert.instance(error, WarehouseError);
    assert.match((error as Error).message, `the embedded warehouse in ${dir} is in use by another process (pid ${process.pid}`);
  } finally {
    await first.close();
  }
  const again = await openPglite(dir);
  assert.equal(await again.query('select 1 as one'), [{ one: 1 }]);
  await again.close();
});

test('a lock left by a process that no longer runs is taken over', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'etlbook-lock-'));
  // Above Linux's largest pid: no such process can be running.
  await writeFile(join(dir, LOCK_FILE), '99999999');
  const warehouse = await openPglite(dir);
  assert.equal(await warehouse.query('select 1 as one'), [{ one: 1 }]);
  await warehouse.close();
});

test.run();
