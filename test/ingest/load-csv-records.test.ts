import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { USERS } from '../../src/contract/stream.ts';
import { loadCsvRecords } from '../../src/ingest/load-csv-records.ts';
import { loadCsv } from '../../src/ingest/read-csv.ts';
import { tableEqual } from '../helpers/table-equal.ts';

const test = suite('loadCsvRecords(path, spec, headerText, places)');

async function file(text: string | Buffer): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'etlbook-records-')), 'users.csv');
  await writeFile(path, text);
  return path;
}

test('reads the records asked for exactly as the first read did: line, raw text, columns', async () => {
  const text = '\ufeffEmail,Customer_ID,customer_name\r\na@a.co,C1,Ada\r\n\r\nb@b.co,C2,"Bob\r\nand Co"\r\nc@c.co,C3,Cy\r\nd@d.co,C4,"Dee ""D"""';
  const path = await file(text);
  const whole = await loadCsv(path, { ...USERS, columns: ['customer_id', 'customer_name'] });
  const again = await loadCsvRecords(path, { ...USERS, columns: ['customer_id', 'customer_name'] }, whole.headerText as string, [{ line: 7 }, { line: 4, span: 2 }, { line: 2 }]);
  tableEqual(again, {
    line: [2, 4, 7],
    raw: ['a@a.co,C1,Ada', 'b@b.co,C2,"Bob\nand Co"', 'd@d.co,C4,"Dee ""D"""'],
    reason: [null, null, null],
    customer_id: ['C1', 'C2', 'C4'],
    customer_name: ['Ada', 'Bob\nand Co', 'Dee "D"'],
  });
  const first = whole.table.filter((d: any) => d.line === 2 || d.line === 4 || d.line === 7);
  assert.equal(again.array('raw'), first.array('raw'));
});

test('finds records past a read block, and one spanning two blocks', async () => {
  const filler = Array.from({ length: 200_000 }, (_, i) => `C${i},N${i},n${i}@x.co`).join('\n');
  const path = await file(`customer_id,customer_name,customer_email\n${filler}\nZ1,"two\nlines",z@z.co\nZ2,last,z2@z.co`);
  const again = await loadCsvRecords(path, USERS, 'customer_id,customer_name,customer_email', [{ line: 200_002, span: 2 }, { line: 200_004 }, { line: 3 }]);
  tableEqual(again.select('line', 'customer_id', 'customer_name'), { line: [3, 200_002, 200_004], customer_id: ['C1', 'Z1', 'Z2'], customer_name: ['N1', 'two\nlines', 'last'] });
});

test('fails clearly when a line asked for is past the end of the file', async () => {
  const path = await file('customer_id,customer_name,customer_email\nC1,Ada,a@a.co\n');
  try {
    await loadCsvRecords(path, USERS, 'customer_id,customer_name,customer_email', [{ line: 9 }]);
    assert.unreachable('must fail');
  } catch (error) {
    assert.match((error as Error).message, 'users.csv: line 9 is past the end of the file');
  }
});

test.run();
