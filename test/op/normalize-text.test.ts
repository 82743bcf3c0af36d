import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { normalizeText } from '../../src/op/normalize-text.ts';

const test = suite('normalizeText(value)');

const cases: Array<[string, string | null | undefined, string | null]> = [
  ['keeps clean text as is', 'Ada Ltd', 'Ada Ltd'],
  ['trims ASCII spaces and tabs', ' \tAda Ltd\t ', 'Ada Ltd'],
  ['trims CR/LF line ends', 'Ada\r\n', 'Ada'],
  ['trims a no-break space (U+00A0)', '\u00a0Ada\u00a0', 'Ada'],
  ['trims an ideographic space (U+3000)', '\u3000Ada\u3000', 'Ada'],
  ['trims a next-line character (U+0085)', '\u0085Ada\u0085', 'Ada'],
  ['trims line and paragraph separators', '\u2028Ada\u2029', 'Ada'],
  ['collapses internal runs to one space', 'Ada \t\n Ltd', 'Ada Ltd'],
  ['turns a single non-space white space into a space', 'Ada\u00a0Ltd', 'Ada Ltd'],
  ['turns a single internal tab into a space', 'Ada\tLtd', 'Ada Ltd'],
  ['collapses mixed Unicode white space', 'Ada\u2003\u202f\u205fLtd', 'Ada Ltd'],
  ['keeps a byte order mark (U+FEFF is not white space)', '\ufeffAda', '\ufeffAda'],
  ['keeps a zero-width space (U+200B is not white space)', 'Ada\u200bLtd', 'Ada\u200bLtd'],
  ['makes the empty string null', '', null],
  ['makes white space only null', ' \u00a0\t\u3000\n', null],
  ['keeps null as null', null, null],
  ['makes undefined null', undefined, null],
];

for (const [name, input, expected] of cases) {
  test(name, () => assert.is(normalizeText(input), expected));
}

test.run();
