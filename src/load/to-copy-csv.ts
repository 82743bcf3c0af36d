import type { ColumnTable } from 'arquero';
import { columnValues } from '../util/row-state.ts';

/** How a column is written for COPY. */
export type CopyColumn = { from: string; as?: 'text' | 'cents' | 'json' };

/**
 * Formats whole cents as an exact decimal: 1234 → `12.34`, -5 → `-0.05`.
 * @param cents an integer
 * @returns decimal text for a numeric column
 */
export function centsToDecimal(cents: number): string {
  const magnitude = cents < 0 ? -cents : cents;
  const whole = Math.floor(magnitude / 100);
  const fraction = magnitude - whole * 100;
  return (cents < 0 ? '-' : '') + whole + (fraction < 10 ? '.0' : '.') + fraction;
}

/**
 * Whether COPY's CSV reads a string back as itself unquoted: none of `"`, `,`, CR, LF, nor a
 * backslash, so that no line can ever read as the end-of-data marker `\.`. (Empty text is
 * quoted apart.)
 */
function isPlain(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x22 || code === 0x2c || code === 0x5c || code === 0x0a || code === 0x0d) return false;
  }
  return true;
}

const COMMA = 0x2c;
const QUOTE = 0x22;
const NEWLINE = 0x0a;
const MINUS = 0x2d;
const POINT = 0x2e;
const ZERO = 0x30;
const encoder = new TextEncoder();

/**
 * CSV bytes written in place into a buffer that doubles when full: the text never exists as
 * JavaScript strings, so there is nothing to concatenate, and nothing to encode on the way to
 * the database; the bytes can be handed to another thread without a copy.
 */
class CsvBytes {
  bytes: Uint8Array;
  at = 0;

  constructor(capacity: number) {
    this.bytes = new Uint8Array(capacity);
  }

  /** Makes room for `more` bytes. */
  room(more: number): void {
    if (this.at + more <= this.bytes.length) return;
    let capacity = this.bytes.length * 2;
    while (capacity < this.at + more) capacity *= 2;
    const grown = new Uint8Array(capacity);
    grown.set(this.bytes.subarray(0, this.at));
    this.bytes = grown;
  }

  byte(code: number): void {
    this.bytes[this.at++] = code;
  }

  /** A non-negative integer's digits. */
  digits(value: number): void {
    const bytes = this.bytes;
    if (value < 10) {
      bytes[this.at++] = ZERO + value;
      return;
    }
    let width = 1;
    for (let bound = 10; bound <= value; bound *= 10) width++;
    const end = this.at + width;
    for (let at = end - 1; at >= this.at; at--) {
      const next = Math.floor(value / 10);
      bytes[at] = ZERO + (value - next * 10);
      value = next;
    }
    this.at = end;
  }

  /** Whole cents as an exact decimal, as {@link centsToDecimal} writes it. */
  cents(cents: number): void {
    this.room(24);
    if (cents < 0) this.byte(MINUS);
    const magnitude = cents < 0 ? -cents : cents;
    const whole = Math.floor(magnitude / 100);
    const fraction = magnitude - whole * 100;
    this.digits(whole);
    this.byte(POINT);
    this.byte(ZERO + Math.floor(fraction / 10));
    this.byte(ZERO + (fraction % 10));
  }

  number(value: number): void {
    if (Number.isSafeInteger(value) && value >= 0) {
      this.room(16);
      this.digits(value);
    } else this.text(String(value));
  }

  /** Text, unquoted where COPY reads it back as itself, else quoted with its quotes doubled. */
  text(text: string): void {
    this.room(text.length);
    const bytes = this.bytes;
    const start = this.at;
    let at = start;
    // Plain ASCII, the common case, byte by byte; anything else is written again the long way.
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code >= 0x80 || code === QUOTE || code === COMMA || code === 0x5c || code === NEWLINE || code === 0x0d) {
        this.encoded(text);
        return;
      }
      bytes[at++] = code;
    }
    this.at = at;
    if (text.length === 0) {
      this.room(2);
      this.byte(QUOTE);
      this.byte(QUOTE);
    }
  }

  private encoded(text: string): void {
    const quoted = !isPlain(text);
    const body = quoted ? text.replace(/"/g, '""') : text;
    // UTF-8 takes at most three bytes for each UTF-16 code unit.
    this.room(body.length * 3 + 2);
    if (quoted) this.byte(QUOTE);
    this.at += encoder.encodeInto(body, this.bytes.subarray(this.at)).written;
    if (quoted) this.byte(QUOTE);
  }

  /** The bytes written, in a buffer of their own (so that it can be moved to another thread). */
  take(): Uint8Array {
    return this.at * 2 > this.bytes.length ? this.bytes.subarray(0, this.at) : this.bytes.slice(0, this.at);
  }
}

/**
 * Serializes a table to CSV for `COPY … FROM STDIN WITH (FORMAT csv)`, as UTF-8 bytes: null is
 * an unquoted empty field (NULL), an empty string is `""`, text is quoted only where it must be,
 * cents columns become exact decimals, json columns JSON text. Chunked so a large table is never
 * one giant buffer.
 * @param table the rows
 * @param columns which columns, in the COPY's order, and how to write each
 * @param rowsPerChunk [rowsPerChunk=20000] rows per yielded chunk
 * @param rows [every row] the indices of the rows to write, in order: cheaper than a filtered
 *   table, whose columns Arquero copies out
 * @returns CSV chunks, each a buffer of its own
 * @example
 * warehouse.copyCsv(target, names, toCopyCsv(users, [{ from: 'customer_id' }, { from: 'line' }]));
 */
export function* toCopyCsv(table: ColumnTable, columns: readonly CopyColumn[], rowsPerChunk = 20000, rows?: ArrayLike<number>): Generator<Uint8Array> {
  const arrays = columns.map((column) => columnValues(table, column.from));
  const kinds = columns.map((column) => column.as ?? 'text');
  const n = rows ? rows.length : table.numRows();
  // A first guess at the bytes a row takes, raised as rows turn out longer.
  let perRow = 8 * columns.length;
  for (let start = 0; start < n; start += rowsPerChunk) {
    const end = Math.min(n, start + rowsPerChunk);
    const out = new CsvBytes(Math.max(1024, (end - start) * perRow));
    for (let k = start; k < end; k++) {
      const i = rows ? rows[k] : k;
      for (let c = 0; c < arrays.length; c++) {
        const value = arrays[c][i];
        if (c > 0) {
          out.room(1);
          out.byte(COMMA);
        }
        // COPY's CSV: an unquoted empty field is NULL, a quoted one is text.
        if (value === null || value === undefined) continue;
        const kind = kinds[c];
        if (kind === 'cents') out.cents(value as number);
        else if (kind === 'json') out.text(JSON.stringify(value));
        else if (typeof value === 'number') out.number(value);
        else out.text(String(value));
      }
      out.room(1);
      out.byte(NEWLINE);
    }
    perRow = Math.max(perRow, Math.ceil(out.at / (end - start)));
    yield out.take();
  }
}
