import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as aq from 'arquero';
import { centsToDecimal, toCopyCsv } from '../../src/load/to-copy-csv.ts';
import { testWarehouses } from '../helpers/warehouses.ts';

const cents = suite('centsToDecimal(cents)');

cents('writes whole cents as exact decimals, signs and small values included', () => {
  assert.equal([123456, 1234, 5, 50, 0, -5, -1234, 100].map(centsToDecimal), ['1234.56', '12.34', '0.05', '0.50', '0.00', '-0.05', '-12.34', '1.00']);
  assert.is(centsToDecimal(900719925474099), '9007199254740.99');
});

cents('toCopyCsv writes numbers and cents as their decimal text, in UTF-8 bytes', () => {
  const table = aq.table({ n: [0, 7, 10, 1234567, -3, 2.5, 9007199254740991], cents: [0, 5, -5, 100, -123456, 1, 99] });
  const text = Buffer.concat([...toCopyCsv(table, [{ from: 'n' }, { from: 'cents', as: 'cents' }])]).toString();
  assert.is(text, '0,0.00\n7,0.05\n10,-0.05\n1234567,1.00\n-3,-1234.56\n2.5,0.01\n9007199254740991,0.99\n');
});

cents('toCopyCsv yields a buffer of its own for each chunk of rows', () => {
  const table = aq.table({ id: Array.from({ length: 5 }, (_, i) => `T${i}`) });
  const chunks = [...toCopyCsv(table, [{ from: 'id' }], 2)];
  assert.equal(chunks.map((chunk) => Buffer.from(chunk).toString()), ['T0\nT1\n', 'T2\nT3\n', 'T4\n']);
  assert.is(new Set(chunks.map((chunk) => chunk.buffer)).size, 3);
});

cents.run();

const texts = ['plain', '', 'a,b', 'say "hi"', 'two\nlines', 'cr\rhere', '\\.', 'back\\slash', ' spaced ', '€£ ünïcode'];

for (const kind of testWarehouses()) {
  const test = suite(`toCopyCsv(table, columns) through COPY on ${kind.name}`);

  test('every value reads back as itself: quotes, commas, line ends, backslashes, empty text and NULL', async () => {
    const { warehouse, schema, dispose } = await kind.open();
    try {
      const rows = aq.table({ id: texts.map((_, i) => i + 1), text: texts, missing: texts.map((_, i) => (i % 2 ? null : 'x')), cents: texts.map((_, i) => i * 101 - 300) });
      await warehouse.transaction(async (session) => {
        await session.exec(`create schema if not exists "${schema}"; create table "${schema}".copied (id integer, text text, missing text, amount numeric(18, 2))`);
        await session.copyCsv({ schema, table: 'copied' }, ['id', 'text', 'missing', 'amount'], toCopyCsv(rows, [{ from: 'id' }, { from: 'text' }, { from: 'missing' }, { from: 'cents', as: 'cents' }], 3));
      });
      const back = await warehouse.query<{ text: string; missing: string | null; amount: string }>('select text, missing, amount::text as amount from $<schema:name>.copied order by id', { schema });
      assert.equal(back.map((row) => row.text), texts);
      assert.equal(back.map((row) => row.missing), texts.map((_, i) => (i % 2 ? null : 'x')));
      assert.equal(back.map((row) => row.amount), texts.map((_, i) => centsToDecimal(i * 101 - 300)));
    } finally {
      await warehouse.query('drop table if exists $<schema:name>.copied', { schema }).catch(() => undefined);
      await dispose();
    }
  });

  test.run();
}
