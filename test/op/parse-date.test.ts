import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parseDate } from '../../src/op/parse-date.ts';

const test = suite('parseDate(text)');

const accepted: Array<[string, string]> = [
  // ISO dates
  ['2025-03-07', '2025-03-07'],
  ['2025/03/07', '2025-03-07'],
  ['0001-01-01', '0001-01-01'],
  ['9999-12-31', '9999-12-31'],
  // ISO date-times: separators, seconds, fractions
  ['2025-03-07T10:15', '2025-03-07'],
  ['2025-03-07t10:15', '2025-03-07'],
  ['2025-03-07 10:15', '2025-03-07'],
  ['2025-03-07T10:15:30', '2025-03-07'],
  ['2025-03-07T10:15:30.5', '2025-03-07'],
  ['2025-03-07T23:59:59.999999999999', '2025-03-07'],
  ['2025/03/07 10:15:30', '2025-03-07'],
  ['2025-03-07T00:00:00', '2025-03-07'],
  // zones
  ['2025-03-07T10:15Z', '2025-03-07'],
  ['2025-03-07T10:15:30z', '2025-03-07'],
  ['2025-03-07T10:15+02:00', '2025-03-07'],
  ['2025-03-07T10:15-0500', '2025-03-07'],
  ['2025-03-01T00:30:00+02:00', '2025-02-28'],
  ['2024-03-01T00:30:00+02:00', '2024-02-29'],
  ['2025-01-01T01:00+01:01', '2024-12-31'],
  ['2024-12-31T23:00-0130', '2025-01-01'],
  ['2025-02-28T22:00:00-02:00', '2025-03-01'],
  ['2024-02-28T22:00:00-02:00', '2024-02-29'],
  ['2025-04-30T23:59:59.9-00:01', '2025-05-01'],
  ['2025-03-07T02:00+02:00', '2025-03-07'],
  ['2025-03-07T01:59+02:00', '2025-03-06'],
  ['2025-03-07T21:59-02:00', '2025-03-07'],
  ['2025-03-07T22:00-02:00', '2025-03-08'],
  // US slashes: month first, one or two digits
  ['3/7/2025', '2025-03-07'],
  ['03/07/2025', '2025-03-07'],
  ['12/31/2025', '2025-12-31'],
  ['2/29/2024', '2024-02-29'],
  // dots: day first
  ['7.3.2025', '2025-03-07'],
  ['07.03.2025', '2025-03-07'],
  ['31.12.2025', '2025-12-31'],
  // month names
  ['5 sep 2024', '2024-09-05'],
  ['5 September 2024', '2024-09-05'],
  ['05 SEP 2024', '2024-09-05'],
  ['Sep 5 2024', '2024-09-05'],
  ['september 5 2024', '2024-09-05'],
  ['Sep 5, 2024', '2024-09-05'],
  ['September 15, 2024', '2024-09-15'],
  ['May 1 2025', '2025-05-01'],
  ['1 may 2025', '2025-05-01'],
  ['29 Feb 2024', '2024-02-29'],
  ['Jan 1 2025', '2025-01-01'],
  ['dEcEmBeR 31, 2025', '2025-12-31'],
  // epoch seconds
  ['1700000000', '2023-11-14'],
  ['0000000000', '1970-01-01'],
  ['0000086399', '1970-01-01'],
  ['0000086400', '1970-01-02'],
  ['1709164800', '2024-02-29'],
  ['9999999999', '2286-11-20'],
];

const rejected: string[] = [
  // impossible dates
  '2025-02-30',
  '2023-02-29',
  '1900-02-29',
  '2025-04-31',
  '2025-13-01',
  '2025-00-10',
  '2025-01-00',
  '2025-01-32',
  '0000-01-01',
  '2/30/2025',
  '13/1/2025',
  '0/1/2025',
  '31.4.2025',
  '1.13.2025',
  '30 Feb 2024',
  'Feb 29 2023',
  '1 Jan 0000',
  // impossible times and zones
  '2025-03-07T24:00',
  '2025-03-07T23:60',
  '2025-03-07T23:59:60',
  '2025-03-07T10:15+24:00',
  '2025-03-07T10:15+02:60',
  // a zone that would leave years 0001–9999
  '0001-01-01T00:00+01:00',
  '9999-12-31T23:00-01:00',
  // malformed ISO
  '2025-3-07',
  '2025-03-7',
  '2025/3/7',
  '2025-03/07',
  '25-03-07',
  '2025-03-07T',
  '2025-03-07T10',
  '2025-03-07T1:15',
  '2025-03-07T10:5',
  '2025-03-07T10:15:3',
  '2025-03-07T10:15:30.',
  '2025-03-07T10:15.5',
  '2025-03-07T10:15+02',
  '2025-03-07T10:15+2:00',
  '2025-03-07T10:15 +02:00',
  '2025-03-07T10:15 UTC',
  '2025-03-07Z',
  '2025-03-07  10:15',
  '2025-03-07X10:15',
  '20250307',
  '2025-03-07 12:00 ',
  // other shapes
  '3/7/25',
  '3-7-2025',
  '7.3.25',
  '003/07/2025',
  '3/7/2025 10:00',
  'Sept 5 2024',
  'Sep 5 24',
  'Sep 05, 2024 ',
  'Sep 5,2024',
  'Sep, 5 2024',
  '5 Sep, 2024',
  '5-Sep-2024',
  'Sep 2024',
  '5th Sep 2024',
  'Septembre 5 2024',
  'Mon Sep 5 2024',
  // epoch: exactly ten digits only
  '170000000',
  '17000000000',
  '1700000000.5',
  '-1700000000',
  // junk
  'today',
  'N/A',
  '２０２５-03-07',
];

for (const [text, expected] of accepted) {
  test(`reads ${JSON.stringify(text)} as ${expected}`, () => assert.is(parseDate(text), expected));
}
for (const text of rejected) {
  test(`rejects ${JSON.stringify(text)}`, () => assert.is(parseDate(text), null));
}

test('accepts 29 February exactly in Gregorian leap years', () => {
  const wrong: number[] = [];
  for (let year = 1; year <= 9999; year++) {
    const probe = new Date(0);
    probe.setUTCFullYear(year, 1, 29);
    const isLeap = probe.getUTCMonth() === 1;
    const text = String(year).padStart(4, '0') + '-02-29';
    if ((parseDate(text) === text) !== isLeap) wrong.push(year);
  }
  assert.equal(wrong, []);
});

test('agrees with the UTC calendar on epoch seconds', () => {
  // A fixed linear congruential walk over the ten-digit range: reproducible, no Math.random.
  let seed = 12345;
  const wrong: string[] = [];
  for (let k = 0; k < 5000; k++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const seconds = Math.floor((seed / 2147483648) * 1e10);
    const text = String(seconds).padStart(10, '0');
    const expected = new Date(seconds * 1000).toISOString().slice(0, 10);
    if (parseDate(text) !== expected) wrong.push(text);
  }
  assert.equal(wrong, []);
});

test('agrees with the UTC calendar on zoned date-times', () => {
  let seed = 777;
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return Math.floor((seed / 2147483648) * n);
  };
  const pad = (n: number): string => String(n).padStart(2, '0');
  const wrong: string[] = [];
  for (let k = 0; k < 5000; k++) {
    const local = new Date(Date.UTC(1970 + next(100), 0, 1) + next(366 * 86400) * 1000);
    const offset = (next(2) ? 1 : -1) * (next(15) * 60 + next(60));
    const sign = offset < 0 ? '-' : '+';
    const zone = sign + pad(Math.floor(Math.abs(offset) / 60)) + ':' + pad(Math.abs(offset) % 60);
    const text = local.toISOString().slice(0, 19) + zone;
    const expected = new Date(local.getTime() - offset * 60000).toISOString().slice(0, 10);
    if (parseDate(text) !== expected) wrong.push(text);
  }
  assert.equal(wrong, []);
});

test.run();
