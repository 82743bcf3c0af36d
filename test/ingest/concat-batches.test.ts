import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { USERS } from '../../src/contract/stream.ts';
import { concatBatches } from '../../src/ingest/concat-batches.ts';
import { fromCsv } from '../../src/ingest/read-csv.ts';
import { tableEqual } from '../helpers/table-equal.ts';

test('concatBatches stacks batches oldest first, each row keeping its own line and gaining its batch', async () => {
  const january = await fromCsv('customer_id,customer_name,customer_email\nC1,Ada,a@a.co\nC2,Bob,b@b.co\n', USERS);
  const february = await fromCsv('customer_id,customer_email,customer_name,tier\nC1,a@a.co,Ada Lovelace,gold\n', USERS);
  const both = concatBatches([january, february]);
  tableEqual(both.table.select('customer_id', 'customer_name', 'line', 'batch'), {
    customer_id: ['C1', 'C2', 'C1'],
    customer_name: ['Ada', 'Bob', 'Ada Lovelace'],
    line: [2, 3, 2],
    batch: [1, 1, 2],
  });
  assert.equal(both.unknownColumns, ['tier']);
  assert.is(both.sha256, february.sha256);
});

test('concatBatches refuses an empty list', () => {
  assert.throws(() => concatBatches([]), /at least one batch/);
});

test.run();
