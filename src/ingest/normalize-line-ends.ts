import { isUtf8 } from 'node:buffer';
import { Transform, type TransformCallback } from 'node:stream';
import { InputError } from './input-error.ts';

// Past this many bytes without a line end, text is passed on without waiting for one.
const MAX_PARTIAL = 8 << 20;

/** Options for {@link normalizeLineEnds}. */
export interface NormalizeLineEndsOptions {
  /**
   * [bytewise=false] pass each byte on as the character of the same code (Latin-1), checked to be
   * UTF-8 but not decoded: see {@link decodeBytewise}.
   */
  bytewise?: boolean;
}

/**
 * A stream from UTF-8 bytes to text with every CRLF turned into LF.
 *
 * A CSV parser counts a CRLF inside a quoted field as two lines, which would give every later
 * row a wrong line number; after this transform there is one line end per line. Field values
 * are unaffected once the text rules collapse white space. A leading BOM is dropped, and bytes
 * that are not UTF-8 stop the read with an error naming the line.
 *
 * Bytewise, the text is the bytes themselves, one character each. A CSV parser finds the same
 * fields in it, since commas, quotes and line ends are ASCII and never part of a longer UTF-8
 * character; only the fields with a character above U+007F need {@link decodeBytewise}. That is
 * a few in a data file, and the rest stay one-byte strings, half the memory of decoded text,
 * which is two bytes a character throughout once any character is past U+00FF.
 * @param file the file name used in error messages
 * @param options see {@link NormalizeLineEndsOptions}
 * @returns a Transform from byte chunks to text chunks
 */
export function normalizeLineEnds(file: string, { bytewise = false }: NormalizeLineEndsOptions = {}): Transform {
  // ICU's streaming decoder is the fast one for text that is not all ASCII, but its fatal mode is
  // slow: the bytes are checked apart with `isUtf8` (SIMD), and only the check can fail.
  const decoder = new TextDecoder('utf-8');
  // The last bytes of a chunk that end in the middle of a character, checked with the next chunk.
  let unchecked: Buffer | null = null;
  let pendingCr = false;
  // Where the checked bytes end, for error messages: the line, and the characters on it so far.
  let lines = 1;
  let column = 0;
  let first = true;
  const advance = (bytes: Buffer, end: number) => {
    // A BOM at the very start is not a character of the text.
    let from = first && startsWithBom(bytes) ? 3 : 0;
    first = false;
    for (let i = bytes.indexOf(10, from); i !== -1 && i < end; i = bytes.indexOf(10, i + 1)) {
      lines++;
      column = 0;
      from = i + 1;
    }
    // Characters, not bytes: each byte that does not continue a character starts one.
    for (let i = from; i < end; i++) if ((bytes[i] & 0xc0) !== 0x80) column++;
  };
  const check = (chunk: Buffer, final: boolean): void => {
    const bytes = unchecked === null ? chunk : Buffer.concat([unchecked, chunk]);
    const end = final ? bytes.length : completeCharacters(bytes);
    if (!isUtf8(bytes.subarray(0, end))) {
      // Decode leniently only to find where the bad bytes sit.
      const lenient = new TextDecoder().decode(bytes);
      const bad = lenient.indexOf('\uFFFD');
      const before = bad === -1 ? '' : lenient.slice(0, bad);
      const lineEnd = before.lastIndexOf('\n');
      const line = lines + (before.match(/\n/g)?.length ?? 0);
      const characters = [...before.slice(lineEnd + 1)].length;
      throw new InputError(file, 'is not valid UTF-8 text', { line, column: bad === -1 ? undefined : (lineEnd === -1 ? column : 0) + characters + 1 });
    }
    advance(bytes, end);
    unchecked = end < bytes.length ? Buffer.from(bytes.subarray(end)) : null;
  };
  // Bytewise, the first bytes wait until there are three of them: they may be a BOM.
  let head: Buffer | null = Buffer.alloc(0);
  // Bytewise, the bytes after a chunk's last line end, put before the next chunk's.
  let partial: Buffer | null = null;
  const decode = (chunk: Buffer | undefined, final: boolean): string => {
    check(chunk ?? Buffer.alloc(0), final);
    if (!bytewise) return final ? decoder.decode() : decoder.decode(chunk, { stream: true });
    let bytes = chunk ?? Buffer.alloc(0);
    if (head !== null) {
      bytes = Buffer.concat([head, bytes]);
      if (bytes.length < 3 && !final) {
        head = bytes;
        return '';
      }
      head = null;
      if (startsWithBom(bytes)) bytes = bytes.subarray(3);
    }
    if (partial !== null) {
      bytes = Buffer.concat([partial, bytes]);
      partial = null;
    }
    // Text that ends with a line is a string of its own for the reader, not one it must join to
    // the rest of a line first (a copy of the whole block). A line longer than the limit is let
    // through in pieces.
    if (!final && bytes.length < MAX_PARTIAL) {
      const end = bytes.lastIndexOf(10) + 1;
      if (end < bytes.length) partial = Buffer.from(bytes.subarray(end));
      bytes = bytes.subarray(0, end);
    }
    return bytes.toString('latin1');
  };
  const convert = (decoded: string): string => {
    let text = pendingCr ? '\r' + decoded : decoded;
    // A CR at the very end may be the first half of a CRLF split across chunks.
    pendingCr = text.endsWith('\r');
    if (pendingCr) text = text.slice(0, -1);
    return text.replace(/\r\n/g, '\n');
  };
  return new Transform({
    // Text goes out as strings: a byte-mode readable side would encode each one to UTF-8 and the
    // reader decode it again.
    readableObjectMode: true,
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

/** Whether the bytes begin with UTF-8's byte order mark. */
const startsWithBom = (bytes: Buffer): boolean => bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;

/**
 * How many of the bytes make whole UTF-8 characters: all of them, unless they end inside a
 * character (a lead byte without all its continuation bytes yet).
 */
function completeCharacters(bytes: Buffer): number {
  let lead = bytes.length - 1;
  while (lead >= 0 && bytes.length - lead < 4 && (bytes[lead] & 0xc0) === 0x80) lead--;
  if (lead < 0) return bytes.length;
  const byte = bytes[lead];
  // Bytes that can never lead (0x80–0xC1, 0xF5–0xFF) are left for the check to refuse at once.
  const width = byte >= 0xf5 ? 1 : byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc2 ? 2 : 1;
  return bytes.length - lead < width ? lead : bytes.length;
}

const ABOVE_ASCII = /[\u0080-\u00ff]/;

/**
 * The text of bytewise characters (see {@link normalizeLineEnds}): each character's code is a byte
 * of UTF-8. A string of ASCII alone is its own text and is returned as it is.
 * @param bytes a string of bytewise characters, such as a field a CSV parser cut from them
 * @returns the decoded text
 * @example
 * decodeBytewise('\u00e2\u0082\u00ac 12'); // '€ 12'
 */
export function decodeBytewise(bytes: string): string {
  return ABOVE_ASCII.test(bytes) ? Buffer.from(bytes, 'latin1').toString('utf8') : bytes;
}
