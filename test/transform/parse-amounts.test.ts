import { suite } from 'uvu';
import * as aq from 'arquero';
import { parseAmounts } from '../../src/transform/parse-amounts.ts';
import { tableEqual } from '../helpers/table-equal.ts';

const test = suite('parseAmounts(table, column)');

test('replaces the text column with whole cents and the symbol, at the end', () => {
  const table = aq.table({ reason: [null, null, null, null], total_amount: ['$12.50', '12.5', '(1,234.567)', '€ 3'], currency: ['', '', '', ''] });
  tableEqual(parseAmounts(table, 'total_amount'), {
    reason: [null, null, null, null],
    currency: ['', '', '', ''],
    total_amount_cents: [1250, 1250, -123457, 300],
    total_amount_symbol: ['$', null, null, '€'],
  });
});

test('rejects an empty or malformed amount as bad_amount', () => {
  const table = aq.table({ reason: [null, null, null], contract_amount: [null, '1e3', '$£5'] });
  tableEqual(parseAmounts(table, 'contract_amount'), {
    reason: ['bad_amount', 'bad_amount', 'bad_amount'],
    contract_amount_cents: [null, null, null],
    contract_amount_symbol: [null, null, null],
  });
});

test('keeps an earlier reason and still parses the amount', () => {
  const table = aq.table({ reason: ['bad_date', 'missing_id'], total_amount: ['-$5', 'abc'] });
  tableEqual(parseAmounts(table, 'total_amount'), {
    reason: ['bad_date', 'missing_id'],
    total_amount_cents: [-500, null],
    total_amount_symbol: ['$', null],
  });
});

test.run();
