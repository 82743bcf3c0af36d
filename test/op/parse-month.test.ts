import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parseMonth } from '../../src/op/parse-month.ts';

const test = suite('parseMonth(text)');

const accepted = ['2025-01', '2025-12', '1999-06', '0001-01'];
const rejected = [
  '2025-00',
  '2025-13',
  '2025-1',
  '25-01',
  '2025/01',
  '2025-01-01',
  '0000-01',
  '2025-O1',
  ' 2025-01',
  '',
];

for (const text of accepted) test(`accepts ${text}`, () => assert.is(parseMonth(text), text));
for (const text of rejected) test(`rejects ${JSON.stringify(text)}`, () => assert.is(parseMonth(text), null));

test.run();
