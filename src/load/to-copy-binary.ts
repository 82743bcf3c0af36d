/** A value for a binary COPY: an `integer` (a number), `text` (a string), `bytea` (a Buffer) or NULL. */
export type BinaryField = number | string | Buffer | null;

// PostgreSQL's binary COPY signature, then a flags word and a header-extension length, both 0.
const HEADER = Buffer.concat([Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1'), Buffer.alloc(8)]);
const TRAILER = Buffer.from([0xff, 0xff]);

/**
 * Writes tuples in PostgreSQL's binary COPY format, for `WarehouseSession.copyBinary`: each value
 * goes as its length and its bytes, so a Buffer goes into a `bytea` column as it is, with none of
 * the hex text that CSV would need (twice the bytes, and a decode on the server).
 * @param tuples the rows, each with the COPY's columns in order
 * @returns the stream's parts: a header, each tuple (a Buffer's bytes are not copied), a trailer
 * @example
 * session.copyBinary(target, ['batch', 'content'], toCopyBinary([[1, bytes]]));
 */
export function* toCopyBinary(tuples: Iterable<readonly BinaryField[]>): Generator<Buffer> {
  yield HEADER;
  for (const tuple of tuples) {
    const parts: Buffer[] = [];
    const count = Buffer.alloc(2);
    count.writeInt16BE(tuple.length);
    parts.push(count);
    for (const value of tuple) {
      const length = Buffer.alloc(4);
      if (value === null) {
        length.writeInt32BE(-1);
        parts.push(length);
        continue;
      }
      let bytes: Buffer;
      if (typeof value === 'number') {
        bytes = Buffer.alloc(4);
        bytes.writeInt32BE(value);
      } else bytes = typeof value === 'string' ? Buffer.from(value, 'utf8') : value;
      length.writeInt32BE(bytes.length);
      parts.push(length, bytes);
    }
    for (const part of parts) yield part;
  }
  yield TRAILER;
}
