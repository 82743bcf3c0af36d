import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parse, CsvError } from 'csv-parse';
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import type { FileSpec } from '../contract/stream.ts';
import { InputError } from './input-error.ts';
import { normalizeLineEnds } from './normalize-line-ends.ts';

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
  const bytes = createReadStream(path);
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
  const bytes = createReadStream(path);
  bytes.on('data', (chunk) => hash.update(chunk as Buffer));
  async function* chunks(): AsyncGenerator<CsvChunk> {
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

async function* readChunks(bytes: Readable, spec: FileSpec, file: string, rowsPerChunk: number): AsyncGenerator<CsvChunk> {
  let lastLine = 0;
  let lastEmptyLines = 0;
  const parser = parse({
    // Line numbers are counted from each record's raw text below: csv-parse's `info` would cost
    // a third of the parse.
    raw: true,
    relax_column_count: true,
    // Python's csv and spreadsheet exports accept a stray quote inside an unquoted field; so do we.
    relax_quotes: true,
    skip_empty_lines: true,
    // Called synchronously per record, so an error further on can say where the last good record ended.
    on_record: (record: string[], context: { lines: number; empty_lines: number }) => {
      lastLine = context.lines;
      lastEmptyLines = context.empty_lines;
      return record;
    },
  });
  let lines: number[] = [];
  let raws: string[] = [];
  let reasons: (string | null)[] = [];
  let values: (string | null)[][] = spec.columns.map(() => []);
  let header: { width: number; index: number[]; unknown: string[] } | null = null;
  const take = (): CsvChunk => {
    const columns: Record<string, unknown[]> = { line: lines, raw: raws, reason: reasons };
    spec.columns.forEach((name, c) => (columns[name] = values[c]));
    const chunk = { file, table: aq.table(columns), unknownColumns: (header as { unknown: string[] }).unknown };
    lines = [];
    raws = [];
    reasons = [];
    values = spec.columns.map(() => []);
    return chunk;
  };

  // The parser's iterator reports whatever stops the pipeline, so its own promise is only awaited.
  const feeding = pipeline(bytes, normalizeLineEnds(file), parser);
  feeding.catch(() => undefined);
  try {
    // The raw texts, one after the other, are the whole file (skipped blank lines lead the next
    // record's), so counting their line ends gives each record's first line.
    let linesBefore = 0;
    for await (const { record, raw } of parser as AsyncIterable<{ record: string[]; raw: string }>) {
      let lead = 0;
      while (raw.charCodeAt(lead) === 10) lead++;
      const line = linesBefore + lead + 1;
      for (let i = raw.indexOf('\n'); i !== -1; i = raw.indexOf('\n', i + 1)) linesBefore++;
      const text = raw.slice(lead, raw.endsWith('\n') ? -1 : undefined);
      if (header === null) {
        header = readHeader(record, spec, file, line);
        continue;
      }
      // A line of nothing but spaces is as blank as an empty one.
      if (record.length === 1 && /^\p{White_Space}*$/u.test(text)) continue;
      lines.push(line);
      raws.push(text);
      if (record.length !== header.width) {
        reasons.push('bad_row');
        for (const column of values) column.push(null);
      } else {
        reasons.push(null);
        for (let c = 0; c < values.length; c++) values[c].push(record[header.index[c]]);
      }
      if (lines.length >= rowsPerChunk) yield take();
    }
    await feeding;
  } catch (error) {
    if (error instanceof CsvError) {
      const detail = error as CsvError & { lines?: number; column?: number; empty_lines?: number };
      // The unclosed record starts after the last good one and any blank lines skipped since.
      const skipped = (detail.empty_lines ?? lastEmptyLines) - lastEmptyLines;
      const what = error.code === 'CSV_QUOTE_NOT_CLOSED' ? `a quoted field is never closed` : error.message;
      throw new InputError(file, what, {
        line: error.code === 'CSV_QUOTE_NOT_CLOSED' ? lastLine + 1 + skipped : detail.lines,
        column: typeof detail.column === 'number' ? detail.column + 1 : undefined,
      });
    }
    throw error;
  }
  if (header === null) {
    throw new InputError(file, `is empty: expected a header row with ${spec.columns.join(', ')}`, { line: 1 });
  }
  yield take();
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
