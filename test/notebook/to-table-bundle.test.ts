import * as aq from 'arquero';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { toTableBundle } from '../../src/notebook/to-table-bundle.ts';
import { toRowsBundle } from '../../src/notebook/to-rows-bundle.ts';
import { toSvgBundle } from '../../src/notebook/to-svg-bundle.ts';

const table = suite('toTableBundle(table, options)');

table('names each column with its type and counts the rows', () => {
  const bundle = toTableBundle(aq.table({ order_id: [1, 2], customer: ['a', 'b'] }));
  assert.match(bundle['text/html']!, /order_id<span[^>]*>number<\/span>/);
  assert.match(bundle['text/html']!, /customer<span[^>]*>string<\/span>/);
  assert.match(bundle['text/html']!, /2 rows × 2 columns/);
  assert.match(bundle['text/plain']!, /^order_id  customer\n  number  string/);
});

table('escapes text from the data', () => {
  const bundle = toTableBundle(aq.table({ 'name<': ['<script>alert("x")</script> & co'] }));
  assert.not.match(bundle['text/html']!, /<script>/);
  assert.match(bundle['text/html']!, /&lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt; &amp; co/);
  assert.match(bundle['text/html']!, /name&lt;<span/);
});

table('right-aligns numbers and visibly marks missing values', () => {
  const html = toTableBundle(aq.table({ amount: [9.5, null, NaN] }))['text/html']!;
  assert.match(html, /text-align:right">9.5<\/td>/);
  assert.match(html, /title="missing value">null<\/span>/);
  assert.match(html, /title="missing value">NaN<\/span>/);
});

table('shows the first and last rows of a long table around a gap', () => {
  const bundle = toTableBundle(aq.table({ n: Array.from({ length: 100 }, (_, i) => i) }), { limit: 4 });
  const shown = [...bundle['text/html']!.matchAll(/>(\d+)<\/td>/g)].map((match) => Number(match[1]));
  assert.equal(shown, [0, 1, 98, 99]);
  assert.match(bundle['text/html']!, /100 rows × 1 column, showing the first 2 and last 2/);
  assert.match(bundle['text/plain']!, /\n *…\n/);
});

table.run();

const rows = suite('toRowsBundle(rows, options)');

rows('shows SQL rows like a table, dates as ISO 8601', () => {
  const bundle = toRowsBundle([{ month: new Date(Date.UTC(2024, 0, 1)), revenue: 12 }]);
  assert.match(bundle['text/html']!, /month<span[^>]*>date<\/span>/);
  assert.match(bundle['text/html']!, /2024-01-01T00:00:00.000Z/);
});

rows('keeps the columns of an empty result when they are given', () => {
  assert.match(toRowsBundle([], { columns: ['month', 'revenue'] })['text/plain']!, /^month  revenue/);
});

rows.run();

const svg = suite('toSvgBundle(chart, options)');

svg('shows a bare SVG as image/svg+xml with its label as text', () => {
  const bundle = toSvgBundle('<svg aria-label="Revenue &amp; orders" viewBox="0 0 1 1"></svg>');
  assert.equal(Object.keys(bundle), ['image/svg+xml', 'text/plain']);
  assert.match(bundle['image/svg+xml']!, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  assert.is(bundle['text/plain'], '[Revenue & orders]');
});

svg('shows a Plot figure with a legend as HTML', () => {
  assert.equal(Object.keys(toSvgBundle({ outerHTML: '<figure><svg></svg></figure>' })), ['text/html', 'text/plain']);
});

svg.run();
