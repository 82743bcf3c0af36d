import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { wrapText } from '../../src/dfd/wrap-text.ts';

const wrapSuite = suite('wrapText(text, width)');

wrapSuite('breaks at spaces so no line is wider than width', () => {
  assert.equal(wrapText('Generate and enrich leads', 14), ['Generate and', 'enrich leads']);
});

wrapSuite('keeps a word longer than width on a line of its own', () => {
  assert.equal(wrapText('a supercalifragilistic b', 5), ['a', 'supercalifragilistic', 'b']);
});

wrapSuite('returns no lines for empty text', () => {
  assert.equal(wrapText('  ', 10), []);
});

wrapSuite.run();
