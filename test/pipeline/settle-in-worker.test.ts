import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as aq from 'arquero';
import { settleInWorker } from '../../src/pipeline/settle-in-worker.ts';
import { settleTransactionChunk } from '../../src/pipeline/settle-transaction-chunk.ts';
import { referencesOf } from '../../src/transform/check-references.ts';

const test = suite('settleInWorker(options)');

const context = {
  rates: new Map([['EUR|2025-01', '1.1']]),
  references: referencesOf({ users: aq.table({ customer_id: ['C1', 'C2'] }), products: aq.table({ subscription_id: ['S1', 'S2'], customer_id: ['C1', 'C1'] }) }),
};

function chunk(first: number, rows: string[][]) {
  return aq.table({
    line: rows.map((_, i) => first + i),
    raw: rows.map((row) => row.join(',')),
    reason: rows.map((row) => (row.length === 6 ? null : 'bad_row')),
    ...Object.fromEntries(['transaction_id', 'customer_id', 'subscription_id', 'total_amount', 'currency', 'transaction_date'].map((name, c) => [name, rows.map((row) => row[c] ?? null)])),
  });
}

const chunks = [
  chunk(2, [['T1', 'C1', 'S1', '10', 'USD', '2025-01-01'], ['T2', 'C9', 'S1', '5', 'USD', '2025-01-02']]),
  chunk(4, [['T3', 'C2', 'S2', '€7', '', '2025-01-03'], ['T4', 'C1', 'S1', '1', 'USD', 'soon']]),
  chunk(6, [['T1', 'C1', 'S1', '10', 'USD', '2025-01-01'], ['T5', 'C1']]),
];

test('settles chunks in the order given, exactly as on the calling thread', async () => {
  const settler = settleInWorker();
  settler.begin(context);
  try {
    const settled = await Promise.all(chunks.map((table) => settler.settle(table)));
    assert.equal(settled, chunks.map((table) => settleTransactionChunk(table, context)));
    assert.equal(settled.map((one) => one.counts.loaded), [1, 1, 1]);
    assert.equal(settled[1].warnings.chunks.join(''), 'transactions.csv,1,4,customer_mismatch,customer_id,C2\n');
  } finally {
    await settler.close();
  }
});

test('a chunk that fails in the worker rejects its promise with the error, and the worker goes on', async () => {
  const settler = settleInWorker();
  settler.begin(context);
  try {
    try {
      await settler.settle(aq.table({ line: [2] }));
      assert.unreachable('a chunk without its columns must fail');
    } catch (error) {
      assert.instance(error, Error);
    }
    assert.is((await settler.settle(chunks[0])).counts.read, 2);
  } finally {
    await settler.close();
  }
});

test('settles inline when asked, with the same results', async () => {
  const settler = settleInWorker({ inline: true });
  settler.begin(context);
  assert.equal(await settler.settle(chunks[1]), settleTransactionChunk(chunks[1], context));
  await settler.close();
});

test.run();
