import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { htmlTable } from '../../src/report/html-table.ts';

const table = suite('htmlTable(rows, options)');

table('escapes headers, cells and details', () => {
  const html = htmlTable([{ name: '<b>x</b>' }], {
    columns: [{ label: '<th>', value: (row) => row.name, detail: () => '"&"' }],
  });
  assert.match(html, '&lt;th&gt;');
  assert.match(html, '&lt;b&gt;x&lt;/b&gt;');
  assert.match(html, '&quot;&amp;&quot;');
  assert.not.match(html, '<b>');
});

table('isolates names so right-to-left text cannot reorder the row', () => {
  const html = htmlTable([{ name: 'شركة' }], { columns: [{ label: 'Customer', value: (row) => row.name, name: true }] });
  assert.match(html, '<bdi class="clamp">شركة</bdi>');
});

table('says so when there are no rows', () => {
  assert.match(htmlTable([], { columns: [{ label: 'A', value: () => '' }], empty: 'Nothing rejected.' }), '<td colspan="1">Nothing rejected.</td>');
});

table('sets footer rows apart with row headers', () => {
  const html = htmlTable([{ n: 1 }], { columns: [{ label: 'N', value: (row) => String(row.n) }], footer: [{ n: 2 }] });
  assert.match(html, '<tfoot><tr><th scope="row" data-label="N">2</th></tr></tfoot>');
});

table.run();
