import { suite } from 'uvu';
import * as aq from 'arquero';
import * as assert from 'uvu/assert';
import { resolveRepeatedTransactions } from '../../src/transform/resolve-repeated-transactions.ts';
import { referencesOf } from '../../src/transform/check-references.ts';
import { tableEqual } from '../helpers/table-equal.ts';

const test = suite('resolveRepeatedTransactions(records, options)');

const references = referencesOf({
  users: aq.table({ customer_id: ['C1', 'C2'] }),
  products: aq.table({ subscription_id: ['S1'], customer_id: ['C1'] }),
});
const rates = new Map<string, string>();

function records(rows: string[][]) {
  const column = (i: number) => rows.map((row) => row[i + 1]);
  return aq.table({
    line: rows.map((row) => Number(row[0])),
    raw: rows.map((row) => row.slice(1).join(',')),
    reason: rows.map(() => null),
    transaction_id: column(0),
    customer_id: column(1),
    subscription_id: column(2),
    total_amount: column(3),
    currency: column(4),
    transaction_date: column(5),
    batch: rows.map(() => 1),
  });
}

test('marks an earlier identical copy duplicate and an earlier different version superseded', () => {
  const { displaced, firstOutcomes } = resolveRepeatedTransactions(
    records([
      ['2', 'T1', 'C1', 'S1', '10', 'USD', '2025-01-01'],
      ['5', 'T1', 'C1', 'S1', '10.00', 'usd', '2025/01/01'],
      ['7', 'T2', 'C1', 'S1', '5', 'USD', '2025-01-02'],
      ['9', 'T2', 'C1', 'S1', '6', 'USD', '2025-01-02'],
    ]),
    { rates, references },
  );
  tableEqual(displaced.select('line', 'reason', 'raw'), { line: [2, 7], reason: ['duplicate', 'superseded'], raw: ['T1,C1,S1,10,USD,2025-01-01', 'T2,C1,S1,5,USD,2025-01-02'] });
  assert.equal(firstOutcomes, [null, null]);
});

test('says where a displaced row went first: loaded, or rejected by its references', () => {
  const { displaced, firstOutcomes } = resolveRepeatedTransactions(
    records([
      ['2', 'T1', 'C9', 'S1', '10', 'USD', '2025-01-01'],
      ['3', 'T1', 'C1', 'S1', '10', 'USD', '2025-01-01'],
      ['4', 'T1', 'C1', '', '10', 'USD', '2025-01-01'],
    ]),
    { rates, references },
  );
  tableEqual(displaced.select('line', 'reason'), { line: [2, 3], reason: ['superseded', 'superseded'] });
  assert.equal(firstOutcomes, ['orphan_customer', null]);
});

test('displaces nothing when every key comes once', () => {
  const { displaced, firstOutcomes } = resolveRepeatedTransactions(records([['2', 'T1', 'C1', 'S1', '1', 'USD', '2025-01-01']]), { rates, references });
  assert.is(displaced.numRows(), 0);
  assert.equal(firstOutcomes, []);
});

test.run();
