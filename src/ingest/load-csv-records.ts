import { createReadStream } from 'node:fs';
import type { ColumnTable } from 'arquero';
import type { FileSpec } from '../contract/stream.ts';
import { fromCsv } from './read-csv.ts';

/** Where a record sits in its file: the line it starts on and how many lines it spans. */
export interface RecordPlace {
  line: number;
  /** [span=1] lines the record spans (more than one where a quoted field holds line ends) */
  span?: number;
}

/** Bytes per read: the scan only looks for line ends, so big blocks are cheap. */
const READ_BYTES = 8 << 20;

/**
 * Reads some records of a CSV file again, by the lines they start on, as `readCsvChunks` read
 * them the first time: the same columns, reasons and raw text. It scans the bytes for line ends
 * and parses only the records asked for, so it costs little more than reading the file.
 * @param path the file
 * @param spec the columns it has
 * @param headerText the file's header record, as the first read saw it (`CsvInput.headerText`)
 * @param places the records to read, each a complete record of the file, in any order
 * @param options `file` [spec.file]: the name used in the result and in error messages
 * @returns the records as a table in file order, with their own line numbers
 * @example
 * const again = await loadCsvRecords('transactions.csv', TRANSACTIONS, chunk.headerText, [{ line: 7 }]);
 */
export async function loadCsvRecords(path: string, spec: FileSpec, headerText: string, places: readonly RecordPlace[], options: { file?: string } = {}): Promise<ColumnTable> {
  const wanted = [...places].sort((a, b) => a.line - b.line);
  if (wanted.length === 0) return (await fromCsv(`${headerText}\n`, spec, options)).table;
  const texts: string[] = [];
  let next = 0;
  let line = 1;
  let pieces: Buffer[] | null = null;
  let lastLine = 0;
  const finish = () => {
    // The line ends as the first read saw them: CRLF as LF, without the record's own last one.
    let text = Buffer.concat(pieces as Buffer[]).toString('utf8').replace(/\r\n/g, '\n');
    if (text.endsWith('\r')) text = text.slice(0, -1);
    texts.push(text);
    pieces = null;
    next++;
  };
  for await (const block of createReadStream(path, { highWaterMark: READ_BYTES }) as AsyncIterable<Buffer>) {
    let start = 0;
    let from = 0;
    while (next < wanted.length) {
      if (pieces === null && line === wanted[next].line) {
        pieces = [];
        from = start;
        lastLine = line + (wanted[next].span ?? 1) - 1;
      }
      const end = block.indexOf(10, start);
      if (end === -1) break;
      if (pieces !== null && line === lastLine) {
        pieces.push(block.subarray(from, end));
        finish();
      }
      line++;
      start = end + 1;
    }
    if (pieces !== null) (pieces as Buffer[]).push(block.subarray(from));
    if (next >= wanted.length) break;
  }
  // The file's last record may have no line end after it.
  if (pieces !== null) finish();
  if (texts.length !== wanted.length) throw new Error(`${options.file ?? spec.file}: line ${wanted[texts.length].line} is past the end of the file; was it changed while it was read?`);
  const { table } = await fromCsv(`${headerText}\n${texts.join('\n')}\n`, spec, options);
  if (table.numRows() !== wanted.length) throw new Error(`${options.file ?? spec.file}: the records at lines ${wanted.map((place) => place.line).join(', ')} did not read back as ${wanted.length} records; was the file changed while it was read?`);
  return table.assign({ line: wanted.map((place) => place.line) });
}
