import { writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { USERS } from '../../src/contract/stream.ts';
import { loadCsv, readCsvChunks } from '../../src/ingest/read-csv.ts';
import { InputError } from '../../src/ingest/input-error.ts';

async function file(text: string): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'etlbook-chunks-')), 'users.csv');
  await writeFile(path, text);
  return path;
}

test('readCsvChunks yields tables of at most rowsPerChunk records that add up to what loadCsv reads', async () => {
  const path = await file('customer_id,customer_name,customer_email\r\nC1,Ada,a@a.co\r\n\r\nC2,"Bob\r\nand Co",b@b.co\r\nC3,Cy\r\nC4,Dee,d@d.co\r\nC5,Eve,e@e.co\r\n');
  const { chunks, sha256 } = readCsvChunks(path, USERS, { rowsPerChunk: 2 });
  const sizes: number[] = [];
  const lines: number[] = [];
  const reasons: (string | null)[] = [];
  for await (const chunk of chunks) {
    sizes.push(chunk.table.numRows());
    lines.push(...(chunk.table.array('line') as number[]));
    reasons.push(...(chunk.table.array('reason') as (string | null)[]));
  }
  const whole = await loadCsv(path, USERS);
  assert.equal(sizes, [2, 2, 1]);
  assert.equal(lines, Array.from(whole.table.array('line') as number[]));
  assert.equal(lines, [2, 4, 6, 7, 8]);
  assert.equal(reasons, [null, null, 'bad_row', null, null]);
  assert.is(sha256(), whole.sha256);
});

test('readCsvChunks yields one empty chunk for a header-only file, and fails on an empty one', async () => {
  const { chunks } = readCsvChunks(await file('customer_id,customer_name,customer_email\n'), USERS, { rowsPerChunk: 2 });
  const all = [];
  for await (const chunk of chunks) all.push(chunk.table.numRows());
  assert.equal(all, [0]);
  try {
    for await (const chunk of readCsvChunks(await file(''), USERS).chunks) void chunk;
    assert.unreachable('an empty file must fail');
  } catch (error) {
    assert.instance(error, InputError);
    assert.match((error as Error).message, 'users.csv:1');
  }
});

test('readCsvChunks reports a broken record in a later chunk with its line, after the earlier chunks', async () => {
  const path = await file('customer_id,customer_name,customer_email\nC1,Ada,a@a.co\nC2,Bob,b@b.co\nC3,"Cy,c@c.co\n');
  const { chunks, sha256 } = readCsvChunks(path, USERS, { rowsPerChunk: 1 });
  const seen: number[] = [];
  try {
    for await (const chunk of chunks) seen.push(...(chunk.table.array('line') as number[]));
    assert.unreachable('the unclosed quote must fail');
  } catch (error) {
    assert.instance(error, InputError);
    assert.match((error as Error).message, 'users.csv:4');
  }
  assert.equal(seen, [2, 3]);
  assert.throws(() => sha256(), /once every chunk was read/);
});

test.run();
