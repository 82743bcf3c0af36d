import { Readable } from 'node:stream';
import { text as collect } from 'node:stream/consumers';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { decodeBytewise, normalizeLineEnds } from '../../src/ingest/normalize-line-ends.ts';
import { InputError } from '../../src/ingest/input-error.ts';

const test = suite('normalizeLineEnds(file)');

const run = (chunks: (string | number[])[], options: { bytewise?: boolean } = {}) =>
  collect(Readable.from(chunks.map((chunk) => Buffer.from(chunk as string))).pipe(normalizeLineEnds('users.csv', options)));

async function failure(chunks: (string | number[])[], options: { bytewise?: boolean } = {}): Promise<InputError> {
  try {
    await run(chunks, options);
  } catch (error) {
    assert.instance(error, InputError);
    return error as InputError;
  }
  assert.unreachable('expected an InputError');
  throw new Error('unreachable');
}

test('turns every CRLF into LF and leaves lone LFs and CRs alone', async () => {
  assert.is(await run(['a\r\nb\nc\rd\r\n']), 'a\nb\nc\rd\n');
});

test('joins a CRLF split across two chunks', async () => {
  assert.is(await run(['a\r', '\nb\r', '\r\nc']), 'a\nb\r\nc');
});

test('keeps a CR that ends the input', async () => {
  assert.is(await run(['a\r']), 'a\r');
});

test('drops a leading BOM', async () => {
  assert.is(await run(['\uFEFFa,b\n']), 'a,b\n');
});

test('decodes a character split across chunks', async () => {
  const euro = Buffer.from('€');
  assert.is(await run([[...euro.subarray(0, 1)], [...euro.subarray(1)], 'x']), '€x');
});

test('fails naming the line and column of bytes that are not UTF-8', async () => {
  try {
    await run(['a\r\nb\r\n', [0x63, 0x64, 0xff]]);
    assert.unreachable('expected an InputError');
  } catch (error) {
    assert.instance(error, InputError);
    assert.is((error as InputError).file, 'users.csv');
    assert.is((error as InputError).line, 3);
    assert.is((error as InputError).column, 3);
  }
});

test('counts the column of bad bytes from the start of their line, across chunks', async () => {
  const error = await failure(['x\nab', 'c', [0x64, 0xc3, 0x28]]);
  assert.is(error.line, 2);
  assert.is(error.column, 5);
});

test('fails on a character cut short by the end of the input', async () => {
  const error = await failure(['a\nb', [0xe2, 0x82]]);
  assert.is(error.line, 2);
  assert.is(error.column, 2);
});

test('bytewise: passes each byte on as one character, a BOM split across chunks dropped', async () => {
  const euro = [...Buffer.from('€')];
  const text = await run([[0xef], [0xbb, 0xbf, 0x61], ',', euro.slice(0, 2), euro.slice(2), '\r\n'], { bytewise: true });
  assert.is(text, 'a,\u00e2\u0082\u00ac\n');
  assert.is(decodeBytewise(text), 'a,€\n');
});

test('bytewise: checks the bytes all the same, and counts the column in characters', async () => {
  const error = await failure(['ok\nZo', [...Buffer.from('ë€')], [0x61, 0xff]], { bytewise: true });
  assert.is(error.line, 2);
  assert.is(error.column, 6);
});

test('counts the columns of a first line after a BOM', async () => {
  const error = await failure([[0xef, 0xbb, 0xbf, 0x61, 0x62, 0xff]]);
  assert.is(error.line, 1);
  assert.is(error.column, 3);
});

test('decodeBytewise returns ASCII text as it is, and decodes the rest', () => {
  const ascii = 'txn_00000001';
  assert.is(decodeBytewise(ascii), ascii);
  assert.is(decodeBytewise(Buffer.from('Zoë 😀').toString('latin1')), 'Zoë 😀');
});

test.run();
