import { Readable } from 'node:stream';
import { text as collect } from 'node:stream/consumers';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { normalizeLineEnds } from '../../src/ingest/normalize-line-ends.ts';
import { InputError } from '../../src/ingest/input-error.ts';

const test = suite('normalizeLineEnds(file)');

const run = (chunks: (string | number[])[]) =>
  collect(Readable.from(chunks.map((chunk) => Buffer.from(chunk as string))).pipe(normalizeLineEnds('users.csv')));

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

test.run();
