import { suite } from 'uvu';
import * as aq from 'arquero';
import { applyTextRules } from '../../src/transform/apply-text-rules.ts';
import { tableEqual } from '../helpers/table-equal.ts';

const test = suite('applyTextRules(table, columns)');

test('trims, collapses inner white space and turns empty text into null in the named columns', () => {
  const table = aq.table({ customer_id: [' C1 ', 'C2', '   '], customer_name: ['Ada \t\n Lovelace', '\u00a0Bob\u2003', ''] });
  tableEqual(applyTextRules(table, ['customer_id', 'customer_name']), {
    customer_id: ['C1', 'C2', null],
    customer_name: ['Ada Lovelace', 'Bob', null],
  });
});

test('leaves other columns, nulls included, as they were', () => {
  const table = aq.table({ raw: [' C1 , x '], customer_id: [' C1 '], notes: [' keep  me '], missing: [null] });
  tableEqual(applyTextRules(table, ['customer_id', 'missing']), {
    raw: [' C1 , x '],
    customer_id: ['C1'],
    notes: [' keep  me '],
    missing: [null],
  });
});

test.run();
