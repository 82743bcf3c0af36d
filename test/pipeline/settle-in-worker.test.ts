import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as aq from 'arquero';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { settleFileInWorker } from '../../src/pipeline/settle-in-worker.ts';
import { settleTransactionChunk, type SettledChunk } from '../../src/pipeline/settle-transaction-chunk.ts';
import { referencesOf } from '../../src/transform/check-references.ts';
import { InputError } from '../../src/ingest/input-error.ts';
import { readCsvChunks } from '../../src/ingest/read-csv.ts';
import { TRANSACTIONS } from '../../src/contract/stream.ts';

const test = suite('settleFileInWorker(options)');

const rates = new Map([['EUR|2025-01', '1.1']]);
const references = referencesOf({ users: aq.table({ customer_id: ['C1', 'C2'] }), products: aq.table({ subscription_id: ['S1', 'S2'], customer_id: ['C1', 'C1'] }) });

const HEADER = 'transaction_id,customer_id,subscription_id,total_amount,currency,transaction_date\n';
const ROWS = ['T1,C1,S1,10,USD,2025-01-01', 'T2,C9,S1,5,USD,2025-01-02', 'T3,C2,S2,€7,,2025-01-03', 'T4,C1,S1,1,USD,soon', 'T1,C1,S1,10,USD,2025-01-01', 'T5,C1'];

async function file(text: string): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'etlbook-settle-')), 'transactions.csv');
  await writeFile(path, text);
  return path;
}

async function collect(chunks: AsyncIterable<SettledChunk>): Promise<SettledChunk[]> {
  const settled: SettledChunk[] = [];
  for await (const chunk of chunks) settled.push(chunk);
  return settled;
}

async function onThisThread(path: string): Promise<SettledChunk[]> {
  const settled: SettledChunk[] = [];
  for await (const chunk of readCsvChunks(path, TRANSACTIONS, { rowsPerChunk: 2 }).chunks) settled.push(settleTransactionChunk(chunk.table, { rates, references }));
  return settled;
}

for (const inline of [false, true]) {
  const where = inline ? 'on the calling thread' : 'in a worker thread';

  test(`reads and settles the file in chunks, in order, exactly as chunk by chunk on this thread (${where})`, async () => {
    const path = await file(HEADER + ROWS.join('\n') + '\n');
    const settler = settleFileInWorker({ inline });
    try {
      settler.start(path, { rowsPerChunk: 2, rates });
      settler.references(references);
      const settled = await collect(settler.chunks());
      assert.equal(settled, await onThisThread(path));
      // The reader ends with an empty chunk when the rows fill the last one exactly.
      assert.equal(settled.map((one) => one.counts.loaded), [1, 1, 1, 0]);
      assert.equal(Buffer.concat(settled[1].warnings.chunks).toString(), 'transactions.csv,1,4,customer_mismatch,customer_id,C2\n');
      assert.match(settler.sha256(), /^[0-9a-f]{64}$/);
    } finally {
      await settler.close();
    }
  });

  test(`starts reading before the references come, and holds the chunks back until they do (${where})`, async () => {
    const path = await file(HEADER + ROWS.join('\n') + '\n');
    const settler = settleFileInWorker({ inline });
    try {
      settler.start(path, { rowsPerChunk: 2, rates, readAhead: 2 });
      const taking = collect(settler.chunks());
      await new Promise((resolve) => setTimeout(resolve, 50));
      settler.references(references);
      assert.equal((await taking).map((one) => one.counts.read), [2, 2, 2, 0]);
    } finally {
      await settler.close();
    }
  });

  test(`a CSV error in the file comes out as an InputError with its line, after the chunks before it (${where})`, async () => {
    const path = await file(HEADER + ROWS.slice(0, 4).join('\n') + '\nT9,C1,S1,"1,USD,2025-01-01\n');
    const settler = settleFileInWorker({ inline });
    try {
      settler.start(path, { rowsPerChunk: 2, rates });
      settler.references(references);
      try {
        await collect(settler.chunks());
        assert.unreachable('an unclosed quote must fail the read');
      } catch (error) {
        assert.instance(error, InputError);
        assert.is((error as InputError).line, 6);
        assert.is((error as InputError).file, 'transactions.csv');
      }
    } finally {
      await settler.close();
    }
  });
}

test.run();
