import { Transform, type TransformCallback } from 'node:stream';
import { InputError } from './input-error.ts';

/**
 * A stream from UTF-8 bytes to text with every CRLF turned into LF.
 *
 * A CSV parser counts a CRLF inside a quoted field as two lines, which would give every later
 * row a wrong line number; after this transform there is one line end per line. Field values
 * are unaffected once the text rules collapse white space. A leading BOM is dropped, and bytes
 * that are not UTF-8 stop the read with an error naming the line.
 * @param file the file name used in error messages
 * @returns a Transform from byte chunks to text chunks
 */
export function normalizeLineEnds(file: string): Transform {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let pendingCr = false;
  let lines = 1;
  const decode = (chunk: Buffer | undefined, final: boolean): string => {
    try {
      return final ? decoder.decode() : decoder.decode(chunk, { stream: true });
    } catch {
      // Decode again leniently only to find where the bad bytes sit.
      const lenient = chunk ? new TextDecoder().decode(chunk) : '';
      const bad = lenient.indexOf('\uFFFD');
      const before = bad === -1 ? '' : lenient.slice(0, bad);
      const line = lines + (before.match(/\n/g)?.length ?? 0);
      const column = bad === -1 ? undefined : bad - before.lastIndexOf('\n');
      throw new InputError(file, 'is not valid UTF-8 text', { line, column });
    }
  };
  const convert = (decoded: string): string => {
    let text = pendingCr ? '\r' + decoded : decoded;
    // A CR at the very end may be the first half of a CRLF split across chunks.
    pendingCr = text.endsWith('\r');
    if (pendingCr) text = text.slice(0, -1);
    text = text.replace(/\r\n/g, '\n');
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
    return text;
  };
  return new Transform({
    readableObjectMode: false,
    transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
      try {
        callback(null, convert(decode(chunk, false)));
      } catch (error) {
        callback(error as Error);
      }
    },
    flush(callback: TransformCallback) {
      try {
        const rest = convert(decode(undefined, true));
        callback(null, rest + (pendingCr ? '\r' : ''));
      } catch (error) {
        callback(error as Error);
      }
    },
  });
}
