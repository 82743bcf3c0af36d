import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import Papa from 'papaparse';
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import type { FileSpec } from '../contract/stream.ts';
import { InputError } from './input-error.ts';
import { decodeBytewise, normalizeLineEnds } from './normalize-line-ends.ts';

/** One CSV file read into a table, before any field rule. */
export interface CsvInput {
  /** The file name the contract knows it by, e.g. `users.csv`. */
  file: string;
  /** SHA-256 of the file's bytes, hex. */
  sha256: string;
  /**
   * One row per data record (blank lines skipped): `line` (1-based line where the record
   * starts), `raw` (the record's original text), `reason` (`bad_row` when the record's field
   * count differs from the header's, else null), then each required column as raw text (null
   * on a bad row).
   */
  table: ColumnTable;
  /** Header names that are not required columns, as written (after trimming). */
  unknownColumns: string[];
  /** The header record's text, so that records read again later parse the same way (see `loadCsvRecords`). */
  headerText?: string;
}

/** Options for {@link loadCsv} and {@link fromCsv}. */
export interface ReadCsvOptions {
  /** [file=spec.file] the name used in the result and in error messages */
  file?: string;
}

/**
 * Reads a CSV file as the contract describes: UTF-8 with an optional BOM, RFC 4180 quoting,
 * a header matched after trimming and lower-casing, LF or CRLF line ends.
 * @param path the file to read
 * @param spec the columns it must have
 * @param options see {@link ReadCsvOptions}
 * @returns the records as a table, the file's SHA-256 and its unknown columns
 * @throws InputError when the file is missing, a required column is missing, or the CSV is unreadable
 * @example
 * const users = await loadCsv('data/raw/stream/users.csv', USERS);
 */
export async function loadCsv(path: string, spec: FileSpec, options: ReadCsvOptions = {}): Promise<CsvInput> {
  const file = options.file ?? spec.file;
  const hash = createHash('sha256');
  const bytes = createReadStream(path, { highWaterMark: READ_BYTES });
  bytes.on('data', (chunk) => hash.update(chunk as Buffer));
  try {
    const result = await readRecords(bytes, spec, file);
    return { ...result, sha256: hash.digest('hex') };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new InputError(file, `file not found (looked for ${path})`);
    throw error;
  }
}

/**
 * Parses CSV text held in memory; the same rules as {@link loadCsv}.
 * @param text the file's content
 * @param spec the columns it must have
 * @param options see {@link ReadCsvOptions}
 * @returns the records as a table, the text's SHA-256 and its unknown columns
 * @example
 * const { table } = await fromCsv('customer_id,customer_name,customer_email\nC1,Ada,a@b.co\n', USERS);
 */
export async function fromCsv(text: string | Buffer, spec: FileSpec, options: ReadCsvOptions = {}): Promise<CsvInput> {
  const file = options.file ?? spec.file;
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  const result = await readRecords(Readable.from([bytes]), spec, file);
  return { ...result, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** Bytes per read: big blocks keep the parser's per-block work small. */
const READ_BYTES = 1 << 20;

const trimHeader = (name: string) => name.replace(/^\p{White_Space}+|\p{White_Space}+$/gu, '').toLowerCase();

async function readRecords(bytes: Readable, spec: FileSpec, file: string): Promise<Omit<CsvInput, 'sha256'>> {
  let last: Omit<CsvInput, 'sha256'> | undefined;
  for await (const chunk of readChunks(bytes, spec, file, Infinity)) last = chunk;
  return last as Omit<CsvInput, 'sha256'>;
}

/** A run of consecutive records of a file, as {@link readCsvChunks} yields them. */
export type CsvChunk = Omit<CsvInput, 'sha256'>;

/**
 * Reads a CSV file as {@link loadCsv} does, but hands the records over in tables of at most
 * `rowsPerChunk` rows, so a file of any size is read in bounded memory.
 * @param path the file to read
 * @param spec the columns it must have
 * @param options see {@link ReadCsvOptions}; `rowsPerChunk` [10000]
 * @returns the chunks (at least one, maybe empty), and the file's SHA-256 once they are all read
 * @throws InputError as {@link loadCsv}, from the chunk where the problem is met
 * @example
 * const { chunks, sha256 } = readCsvChunks('transactions.csv', TRANSACTIONS);
 * for await (const chunk of chunks) console.log(chunk.table.numRows());
 * console.log(sha256());
 */
export function readCsvChunks(path: string, spec: FileSpec, options: ReadCsvOptions & { rowsPerChunk?: number } = {}): { chunks: AsyncGenerator<CsvChunk>; sha256: () => string } {
  const file = options.file ?? spec.file;
  const hash = createHash('sha256');
  let digest: string | undefined;
  async function* chunks(): AsyncGenerator<CsvChunk> {
    // Opened on the first read, not before: a stream that flowed with nobody reading would lose its start.
    const bytes = createReadStream(path, { highWaterMark: READ_BYTES });
    bytes.on('data', (chunk) => hash.update(chunk as Buffer));
    try {
      yield* readChunks(bytes, spec, file, options.rowsPerChunk ?? 10_000);
      digest = hash.digest('hex');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new InputError(file, `file not found (looked for ${path})`);
      throw error;
    } finally {
      bytes.destroy();
    }
  }
  return {
    chunks: chunks(),
    sha256() {
      if (digest === undefined) throw new Error(`${file}: the SHA-256 is known once every chunk was read`);
      return digest;
    },
  };
}

// A record longer than this is taken for a quote that is never closed, rather than carried over
// from block to block, which would read the rest of the file again with every block.
const MAX_RECORD_CHARS = 64 << 20;

async function* readChunks(bytes: Readable, spec: FileSpec, file: string, rowsPerChunk: number): AsyncGenerator<CsvChunk> {
  let header: { width: number; index: number[]; unknown: string[]; text: string } | null = null;
  // The chunk being filled, in arrays of its final size (for a whole-file read, grown as needed),
  // and the full chunks waiting to be handed over.
  const size = Number.isFinite(rowsPerChunk) ? rowsPerChunk : 0;
  let n = 0;
  let lines: number[] = new Array(size);
  let raws: string[] = new Array(size);
  let reasons: (string | null)[] = new Array(size);
  let values: (string | null)[][] = spec.columns.map(() => new Array(size));
  const full: CsvChunk[] = [];
  const close = () => {
    const { unknown, text } = header as { unknown: string[]; text: string };
    for (const column of [lines, raws, reasons, ...values]) column.length = n;
    const columns: Record<string, unknown[]> = { line: lines, raw: raws, reason: reasons };
    spec.columns.forEach((name, c) => (columns[name] = values[c]));
    full.push({ file, table: aq.table(columns), unknownColumns: unknown, headerText: text });
    n = 0;
    lines = new Array(size);
    raws = new Array(size);
    reasons = new Array(size);
    values = spec.columns.map(() => new Array(size));
  };

  // One record, as Papa Parse's step hands it over, with the line it starts on and its text.
  const record = (fields: string[], line: number, text: string) => {
    if (header === null) {
      // Blank lines before the header are skipped like any other.
      if (fields.length === 1 && WHITE_SPACE_ONLY.test(text)) return;
      header = { ...readHeader(fields, spec, file, line), text };
      return;
    }
    // A line of nothing but spaces is as blank as an empty one.
    if (fields.length === 1 && WHITE_SPACE_ONLY.test(text)) return;
    lines[n] = line;
    raws[n] = text;
    if (fields.length !== header.width) {
      reasons[n] = 'bad_row';
      for (let c = 0; c < values.length; c++) values[c][n] = null;
    } else {
      reasons[n] = null;
      const index = header.index;
      for (let c = 0; c < values.length; c++) values[c][n] = fields[index[c]];
    }
    if (++n === rowsPerChunk) close();
  };

  // The text is parsed block by block; a record cut by a block's end is carried into the next.
  let carry = '';
  let line = 1;
  let failure: InputError | undefined;
  const parseBlock = (input: string, final: boolean) => {
    let consumed = 0;
    // Where the next character past ASCII is: only the records that hold one need decoding.
    const nextAbove = (from: number) => {
      ABOVE_ASCII.lastIndex = from;
      return ABOVE_ASCII.exec(input)?.index ?? Infinity;
    };
    let above = nextAbove(0);
    const parser = new Papa.Parser({
      delimiter: ',',
      newline: '\n',
      quoteChar: '"',
      step: (result: Papa.ParseStepResult<string[]>) => {
        const fields = (result.data as unknown as string[][])[0] ?? (result.data as string[]);
        const end = result.meta.cursor;
        // The record's text without its own line end; that one is counted apart.
        const ended = input.charCodeAt(end - 1) === 10;
        let raw = input.slice(consumed, ended ? end - 1 : end);
        const start = line;
        for (let i = raw.indexOf('\n'); i !== -1; i = raw.indexOf('\n', i + 1)) line++;
        if (ended) line++;
        const offset = consumed;
        consumed = end;
        const broken = result.errors[0];
        if (broken !== undefined) {
          const unclosed = broken.code === 'MissingQuotes';
          failure = new InputError(file, unclosed ? 'a quoted field is never closed' : 'a closing quote is followed by text instead of a comma or a line end', {
            line: start + lineOf(raw, (broken.index ?? 0) - offset),
            // An unclosed field is the record's last; a stray closing quote's field is not known.
            column: unclosed ? fields.length : undefined,
          });
          parser.abort();
          return;
        }
        if (above < end) {
          raw = decodeBytewise(raw);
          for (let f = 0; f < fields.length; f++) fields[f] = decodeBytewise(fields[f]);
          above = nextAbove(end);
        }
        record(fields, start, raw);
      },
    });
    parser.parse(input, 0, !final);
    carry = input.slice(consumed);
    if (!failure && carry.length > MAX_RECORD_CHARS) {
      failure = new InputError(file, `a quoted field is never closed (its record runs past ${MAX_RECORD_CHARS >> 20} MiB)`, { line });
    }
  };

  // UTF-8 errors and a missing file come from the byte stream; both stop the read.
  // Read bytewise: the parser cuts the same fields, and the few records with a character past
  // ASCII are decoded one by one (see `normalizeLineEnds`).
  const text = bytes.pipe(normalizeLineEnds(file, { bytewise: true }));
  bytes.on('error', (error) => text.destroy(error));
  for await (const block of text as AsyncIterable<string>) {
    parseBlock(carry + block, false);
    if (failure) break;
    while (full.length > 0) yield full.shift() as CsvChunk;
  }
  if (!failure) parseBlock(carry, true);
  if (failure) {
    // The records before the broken one are good: they are handed over before the error.
    if (header !== null && n > 0) close();
    while (full.length > 0) yield full.shift() as CsvChunk;
    text.destroy();
    throw failure;
  }
  if (header === null) {
    throw new InputError(file, `is empty: expected a header row with ${spec.columns.join(', ')}`, { line: 1 });
  }
  // The last chunk, even empty: a file of no records still gives one (empty) table.
  if (n > 0 || full.length === 0) close();
  while (full.length > 0) yield full.shift() as CsvChunk;
}

const WHITE_SPACE_ONLY = /^\p{White_Space}*$/u;
const ABOVE_ASCII = /[\u0080-\u00ff]/g;

/** How many line ends come before `index` in `text`. */
function lineOf(text: string, index: number): number {
  let lines = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) lines++;
  return lines;
}

function readHeader(record: string[], spec: FileSpec, file: string, line: number) {
  const names = record.map(trimHeader);
  const index = spec.columns.map((column) => {
    const at = names.indexOf(column);
    if (at === -1) {
      throw new InputError(file, `missing required column "${column}" (the header has: ${names.join(', ')})`, { line });
    }
    const again = names.indexOf(column, at + 1);
    if (again !== -1) {
      throw new InputError(file, `column "${column}" appears twice in the header`, { line, column: again + 1 });
    }
    return at;
  });
  const unknown = record.map((name) => name.trim()).filter((_, i) => !spec.columns.includes(names[i]));
  return { width: record.length, index, unknown };
}
