import { suite } from 'uvu';
import * as aq from 'arquero';
import { parseDates } from '../../src/transform/parse-dates.ts';
import { tableEqual } from '../helpers/table-equal.ts';

const test = suite('parseDates(table, column)');

test('puts accepted dates into the standard form', () => {
  const table = aq.table({ reason: [null, null, null], transaction_date: ['2025/03/07', '3/7/2025', '2025-03-06T23:30:00-02:00'] });
  tableEqual(parseDates(table, 'transaction_date'), {
    reason: [null, null, null],
    transaction_date: ['2025-03-07', '2025-03-07', '2025-03-07'],
  });
});

test('rejects an empty, impossible or unknown date as bad_date and nulls it', () => {
  const table = aq.table({ reason: [null, null, null], transaction_date: [null, '2025-02-30', 'next tuesday'] });
  tableEqual(parseDates(table, 'transaction_date'), {
    reason: ['bad_date', 'bad_date', 'bad_date'],
    transaction_date: [null, null, null],
  });
});

test('keeps an earlier reason but still parses the date, which quarantine needs', () => {
  const table = aq.table({ reason: ['missing_id', 'bad_row'], transaction_date: ['7.3.2025', 'junk'] });
  tableEqual(parseDates(table, 'transaction_date'), {
    reason: ['missing_id', 'bad_row'],
    transaction_date: ['2025-03-07', null],
  });
});

test.run();
