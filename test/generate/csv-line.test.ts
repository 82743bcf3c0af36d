import { parse } from 'csv-parse/sync';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { toCsvField, toCsvLine } from '../../src/generate/csv-line.ts';

const test = suite('toCsvLine(fields)');

test('quotes only the fields that need it', () => {
  assert.is(toCsvLine(['C00001', 'Ada Ltd', 'ada@example.com']), 'C00001,Ada Ltd,ada@example.com');
  assert.is(toCsvField('Ada, Ltd'), '"Ada, Ltd"');
  assert.is(toCsvField('The "Quoted" Company'), '"The ""Quoted"" Company"');
});

test('round-trips commas, quotes, newlines and unicode through an RFC 4180 parser', () => {
  const fields = ['a,b', 'say "hi"', 'Multi\nLine\r\nInc.', '  padded ', 'شركة 🚀', ''];
  assert.equal(parse(`${toCsvLine(fields)}\n`), [fields]);
});

test.run();
