import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { fromCsv, loadCsv } from '../../src/ingest/read-csv.ts';
import { InputError } from '../../src/ingest/input-error.ts';
import { USERS } from '../../src/contract/stream.ts';
import { tableEqual } from '../helpers/table-equal.ts';

const HEADER = 'customer_id,customer_name,customer_email';

async function failure(promise: Promise<unknown>): Promise<InputError> {
  try {
    await promise;
  } catch (error) {
    assert.instance(error, InputError);
    return error as InputError;
  }
  assert.unreachable('expected an InputError');
  throw new Error('unreachable');
}

const fromText = suite('fromCsv(text, spec)');

fromText('reads each record into line, raw, reason and the required columns', async () => {
  const { file, table, unknownColumns } = await fromCsv(`${HEADER}\nC1,Ada,ada@example.com\nC2,Bob,\n`, USERS);
  assert.is(file, 'users.csv');
  assert.equal(unknownColumns, []);
  tableEqual(table, {
    line: [2, 3],
    raw: ['C1,Ada,ada@example.com', 'C2,Bob,'],
    reason: [null, null],
    customer_id: ['C1', 'C2'],
    customer_name: ['Ada', 'Bob'],
    customer_email: ['ada@example.com', ''],
  });
});

fromText('keeps field text as written, spaces included: the text rules come later', async () => {
  const { table } = await fromCsv(`${HEADER}\n C1 ,  Ada  Lovelace ,x\n`, USERS);
  assert.equal(table.array('customer_id'), [' C1 ']);
  assert.equal(table.array('customer_name'), ['  Ada  Lovelace ']);
});

fromText('reads a last record without a final line end', async () => {
  const { table } = await fromCsv(`${HEADER}\nC1,Ada,a@b.co`, USERS);
  assert.equal(table.array('customer_id'), ['C1']);
});

fromText('drops a leading BOM so the first column is still found', async () => {
  const { table } = await fromCsv(`\uFEFF${HEADER}\nC1,Ada,a@b.co\n`, USERS);
  assert.equal(table.array('customer_id'), ['C1']);
});

fromText('reads CRLF line ends as LF ones', async () => {
  const { table } = await fromCsv(`${HEADER}\r\nC1,Ada,a@b.co\r\nC2,Bob,b@c.co\r\n`, USERS);
  tableEqual(table.select('line', 'raw', 'customer_email'), {
    line: [2, 3],
    raw: ['C1,Ada,a@b.co', 'C2,Bob,b@c.co'],
    customer_email: ['a@b.co', 'b@c.co'],
  });
});

fromText('keeps commas, doubled quotes and newlines inside quoted fields', async () => {
  const { table } = await fromCsv(`${HEADER}\n"C1","Ada, ""the"" Countess\nof Lovelace",a@b.co\n`, USERS);
  tableEqual(table.select('line', 'reason', 'customer_name'), {
    line: [2],
    reason: [null],
    customer_name: ['Ada, "the" Countess\nof Lovelace'],
  });
  assert.equal(table.array('raw'), ['"C1","Ada, ""the"" Countess\nof Lovelace",a@b.co']);
});

fromText('numbers each record by the line it starts on, after multi-line records and blank lines', async () => {
  const text = `${HEADER}\n"C1","A\nB\nC",a@b.co\n\nC2,Bob,b@c.co\r\n"C3","D\r\nE",c@d.co\r\n\r\nC4,Eve,e@f.co\n`;
  const { table } = await fromCsv(text, USERS);
  tableEqual(table.select('line', 'customer_id'), { line: [2, 6, 7, 10], customer_id: ['C1', 'C2', 'C3', 'C4'] });
});

fromText('skips blank and whitespace-only lines without counting them as records', async () => {
  const { table } = await fromCsv(`${HEADER}\n\n   \nC1,Ada,a@b.co\n \t \n\nC2,Bob,b@c.co\n\n`, USERS);
  tableEqual(table.select('line', 'reason', 'customer_id'), { line: [4, 7], reason: [null, null], customer_id: ['C1', 'C2'] });
});

fromText('matches header names after trimming and lower-casing', async () => {
  const { table, unknownColumns } = await fromCsv(' Customer_ID ,CUSTOMER_NAME,\tcustomer_Email\u00a0\nC1,Ada,a@b.co\n', USERS);
  assert.equal(unknownColumns, []);
  tableEqual(table.select([...USERS.columns]), { customer_id: ['C1'], customer_name: ['Ada'], customer_email: ['a@b.co'] });
});

fromText('takes the columns in any order', async () => {
  const { table } = await fromCsv('customer_email,customer_id,customer_name\na@b.co,C1,Ada\n', USERS);
  tableEqual(table.select([...USERS.columns]), { customer_id: ['C1'], customer_name: ['Ada'], customer_email: ['a@b.co'] });
});

fromText('lists the unknown columns once, as written after trimming, and ignores their values', async () => {
  const { table, unknownColumns } = await fromCsv(`${HEADER}, Signup_Date ,notes\nC1,Ada,a@b.co,2025-01-01,x\nC2,Bob,b@c.co,2025-01-02,y\n`, USERS);
  assert.equal(unknownColumns, ['Signup_Date', 'notes']);
  assert.equal(table.columnNames(), ['line', 'raw', 'reason', ...USERS.columns]);
  assert.equal(table.array('reason'), [null, null]);
});

fromText('rejects a record with too many or too few fields as bad_row and keeps its text', async () => {
  const { table } = await fromCsv(`${HEADER}\nC1,Ada\nC2,Bob,b@c.co,extra\nC3,Cy,c@d.co\n`, USERS);
  tableEqual(table, {
    line: [2, 3, 4],
    raw: ['C1,Ada', 'C2,Bob,b@c.co,extra', 'C3,Cy,c@d.co'],
    reason: ['bad_row', 'bad_row', null],
    customer_id: [null, null, 'C3'],
    customer_name: [null, null, 'Cy'],
    customer_email: [null, null, 'c@d.co'],
  });
});

fromText('counts a quoted comma as text, not as a field separator, for the field count', async () => {
  const { table } = await fromCsv(`${HEADER}\nC1,"Ada, Countess",a@b.co\n`, USERS);
  assert.equal(table.array('reason'), [null]);
});

fromText('returns a header-only file as an empty table', async () => {
  const { table } = await fromCsv(`${HEADER}\n`, USERS);
  assert.is(table.numRows(), 0);
  assert.equal(table.columnNames(), ['line', 'raw', 'reason', ...USERS.columns]);
});

fromText('fails naming the file and the column when a required column is missing', async () => {
  const error = await failure(fromCsv('customer_id,customer_name\nC1,Ada\n', USERS));
  assert.is(error.file, 'users.csv');
  assert.is(error.line, 1);
  assert.match(error.message, 'users.csv');
  assert.match(error.message, 'customer_email');
});

fromText('fails when a required column appears twice in the header', async () => {
  const error = await failure(fromCsv(`${HEADER},Customer_ID\nC1,Ada,a@b.co,C2\n`, USERS));
  assert.is(error.line, 1);
  assert.is(error.column, 4);
  assert.match(error.message, 'customer_id');
});

fromText('fails with the line and column where a quoted field is never closed', async () => {
  const error = await failure(fromCsv(`${HEADER}\nC1,Ada,a@b.co\nC2,"Bob,b@c.co\nC3,Cy,c@d.co\n`, USERS));
  assert.is(error.file, 'users.csv');
  assert.is(error.line, 3);
  assert.is(error.column, 2);
  assert.match(error.message, 'never closed');
});

fromText('points at the right line for an unclosed quote after a multi-line record', async () => {
  const error = await failure(fromCsv(`${HEADER}\n"C1","A\nB\nC",a@b.co\nC2,Bob,"b@c.co\n`, USERS));
  assert.is(error.line, 5);
  assert.is(error.column, 3);
});

fromText('points at the right line for an unclosed quote after blank lines', async () => {
  const error = await failure(fromCsv(`${HEADER}\nC1,Ada,a@b.co\n\n\nC2,"Bob,b@c.co\nC3,x,y\n`, USERS));
  assert.is(error.line, 5);
});

fromText('fails with the line of a closing quote followed by text', async () => {
  const error = await failure(fromCsv(`${HEADER}\nC1,Ada,a@b.co\nC2,"Bob"by,b@c.co\n`, USERS));
  assert.is(error.line, 3);
  assert.match(error.message, 'closing quote is followed by text');
});

fromText('keeps a quote inside an unquoted field as text', async () => {
  const { table } = await fromCsv(`${HEADER}\nC1,Ada "the" Great,a@b.co\n`, USERS);
  tableEqual(table.select('reason', 'customer_name'), { reason: [null], customer_name: ['Ada "the" Great'] });
});

fromText('fails with the line and column of bytes that are not UTF-8', async () => {
  const bytes = Buffer.concat([Buffer.from(`${HEADER}\r\n"C1","A\r\nB",a@b.co\r\nC2,`), Buffer.from([0xff, 0xfe]), Buffer.from(',x\r\n')]);
  const error = await failure(fromCsv(bytes, USERS));
  assert.is(error.file, 'users.csv');
  assert.is(error.line, 4);
  assert.is(error.column, 4);
  assert.match(error.message, 'UTF-8');
});

fromText('fails on an empty file', async () => {
  const error = await failure(fromCsv('', USERS));
  assert.is(error.file, 'users.csv');
  assert.match(error.message, 'empty');
});

fromText('fails on a file of nothing but a BOM and blank lines', async () => {
  const error = await failure(fromCsv('\uFEFF\n\n', USERS));
  assert.match(error.message, 'empty');
});

fromText('names the file given in options in the result and in errors', async () => {
  const { file } = await fromCsv(`${HEADER}\n`, USERS, { file: 'customers.csv' });
  assert.is(file, 'customers.csv');
  const error = await failure(fromCsv('customer_id\n', USERS, { file: 'customers.csv' }));
  assert.is(error.file, 'customers.csv');
  assert.match(error.message, /^customers\.csv:1: /);
});

fromText('fingerprints the bytes with SHA-256', async () => {
  const text = `\uFEFF${HEADER}\r\nC1,Ada,a@b.co\r\n`;
  const { sha256 } = await fromCsv(text, USERS);
  assert.is(sha256, createHash('sha256').update(Buffer.from(text, 'utf8')).digest('hex'));
});

fromText.run();

const fromFile = suite('loadCsv(path, spec)');

let dir = '';
fromFile.before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'etlbook-read-csv-'));
});
fromFile.after(async () => {
  await rm(dir, { recursive: true, force: true });
});

fromFile('reads a file and fingerprints its bytes', async () => {
  const text = `\uFEFF${HEADER}\r\nC1,"Ada, Countess",a@b.co\r\n`;
  const path = join(dir, 'users.csv');
  await writeFile(path, text);
  const { file, table, sha256 } = await loadCsv(path, USERS);
  assert.is(file, 'users.csv');
  tableEqual(table.select('line', 'customer_name'), { line: [2], customer_name: ['Ada, Countess'] });
  assert.is(sha256, createHash('sha256').update(text).digest('hex'));
});

fromFile('keeps line numbers right when a quoted CRLF straddles a 64 KiB read chunk', async () => {
  const head = `${HEADER}\r\nC1,"`;
  const padding = 'x'.repeat(65535 - head.length);
  const text = `${head}${padding}\r\ny",a@b.co\r\nC2,Bob,b@c.co\r\n`;
  assert.is(text.indexOf('\r', head.length), 65535);
  const path = join(dir, 'wide.csv');
  await writeFile(path, text);
  const { table } = await loadCsv(path, USERS);
  tableEqual(table.select('line', 'customer_id'), { line: [2, 4], customer_id: ['C1', 'C2'] });
  assert.is(table.get('customer_name', 0), `${padding}\ny`);
});

fromFile('keeps records and line numbers right when a quoted record straddles a 1 MiB parse block', async () => {
  const rows = Array.from({ length: 30_000 }, (_, i) => `C${i},Name ${i},c${i}@x.co`);
  const before = `${HEADER}\n${rows.join('\n')}\n`;
  const padding = 'y'.repeat((1 << 20) - Buffer.byteLength(before) - 8);
  const text = `${before}Z1,"${padding}\n\nmore",z@z.co\nZ2,Last,l@x.co\n`;
  assert.ok(Buffer.byteLength(text) > 1 << 20);
  const path = join(dir, 'straddle.csv');
  await writeFile(path, text);
  const { table } = await loadCsv(path, USERS);
  assert.is(table.numRows(), 30_002);
  tableEqual(table.slice(30_000).select('line', 'customer_id'), { line: [30_002, 30_005], customer_id: ['Z1', 'Z2'] });
  assert.is(table.get('customer_name', 30_000), `${padding}\n\nmore`);
});

fromFile('decodes a character whose bytes straddle a 1 MiB read block, in its field and in the raw text', async () => {
  const before = `${HEADER}\n`;
  const filler = `C0,${'n'.repeat((1 << 20) - Buffer.byteLength(before) - 21)},f@x.co\n`;
  // The euro sign's three bytes start two bytes before the block ends.
  const text = `${before}${filler}C1,Zoë €uro,z@x.co\n`;
  const at = Buffer.from(text).indexOf(Buffer.from('€'));
  assert.ok(at < 1 << 20 && at + 3 > 1 << 20, `the euro sign at byte ${at} should straddle the block`);
  const path = join(dir, 'euro.csv');
  await writeFile(path, text);
  const { table } = await loadCsv(path, USERS);
  tableEqual(table.slice(1).select('line', 'raw', 'customer_name'), { line: [3], raw: ['C1,Zoë €uro,z@x.co'], customer_name: ['Zoë €uro'] });
});

fromFile('reads every character past ASCII as written, quoted or not, in fields and raw text', async () => {
  const names = ['Ünïcode', 'Ελληνικά', '日本語', 'emoji 😀', '"quoted, €"'];
  const text = `${HEADER}\n${names.map((name, i) => `C${i},${name},e${i}@x.co`).join('\n')}\n`;
  const path = join(dir, 'unicode.csv');
  await writeFile(path, text);
  const { table } = await loadCsv(path, USERS);
  assert.equal(table.array('customer_name'), ['Ünïcode', 'Ελληνικά', '日本語', 'emoji 😀', 'quoted, €']);
  assert.equal(table.array('raw'), names.map((name, i) => `C${i},${name},e${i}@x.co`));
});

fromFile('skips a line of nothing but white space past ASCII as blank', async () => {
  const path = join(dir, 'blank.csv');
  await writeFile(path, `${HEADER}\nC1,Ada,a@b.co\n\u00a0\u3000\nC2,Bob,b@c.co\n`);
  const { table } = await loadCsv(path, USERS);
  tableEqual(table.select('line', 'customer_id'), { line: [2, 4], customer_id: ['C1', 'C2'] });
});

fromFile('fails with an InputError naming the file when it does not exist', async () => {
  const error = await failure(loadCsv(join(dir, 'nowhere.csv'), USERS));
  assert.is(error.file, 'users.csv');
  assert.match(error.message, 'nowhere.csv');
});

fromFile.run();
