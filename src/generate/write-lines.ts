/**
 * Streams lines to a file with backpressure: lines are batched into ~64 KB chunks and
 * pulled by the file stream only as fast as the disk takes them.
 */
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** Options of {@link writeLines}. */
export interface WriteLinesOptions {
  /** [eol='\n'] Line end written after every line. */
  eol?: '\n' | '\r\n';
  /** [bom=false] Start the file with a UTF-8 byte order mark. */
  bom?: boolean;
}

const CHUNK = 1 << 16;

function* batches(lines: Iterable<string>, eol: string, bom: boolean): Generator<string> {
  let chunk = bom ? '\ufeff' : '';
  for (const line of lines) {
    chunk += line + eol;
    if (chunk.length >= CHUNK) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

/**
 * Writes lines to a file, each followed by the line end, in bounded memory.
 *
 * @param path the file to create or replace
 * @param lines the lines, without line ends; consumed lazily
 * @param options line end and BOM
 * @returns resolves when the file is flushed and closed
 * @example
 * await writeLines('out/users.csv', ['customer_id,customer_name,customer_email'], { bom: true });
 */
export async function writeLines(path: string, lines: Iterable<string>, { eol = '\n', bom = false }: WriteLinesOptions = {}): Promise<void> {
  await pipeline(Readable.from(batches(lines, eol, bom), { objectMode: false }), createWriteStream(path));
}
