import { closeSync, openSync, readSync } from 'node:fs';
import { formatSql } from './pgp.ts';
import { toCopyBinary, type BinaryField } from './to-copy-binary.ts';
import type { WarehouseSession } from './warehouse.ts';

/** A file of a batch, as `loadStreamInputs` describes it. */
export interface BatchFile {
  file: string;
  path: string;
  /** Null while the file is still being read: see {@link recordBatchSha256}. */
  sha256: string | null;
}

// Stands in for a SHA-256 not known yet; it satisfies the column's check, and is replaced in the same transaction.
const SHA256_TO_COME = '0'.repeat(64);

/** A batch kept in the warehouse: its number and each file's bytes. */
export interface StoredBatch {
  batch: number;
  files: { file: string; sha256: string; content: Buffer }[];
}

/** Bytes per stored part: far below PostgreSQL's 1 GB value limit, and small enough to stream. */
const PART_BYTES = 8 << 20;

/**
 * Keeps a batch's input files in `input_files`, byte for byte, in parts, by binary COPY.
 * @param session the load's transaction
 * @param schema the case's schema (its `input_files` table exists)
 * @param batch the batch number
 * @param files the files to keep
 */
export async function storeBatch(session: WarehouseSession, schema: string, batch: number, files: readonly BatchFile[]): Promise<void> {
  await session.copyBinary({ schema, table: 'input_files' }, ['batch', 'file', 'sha256', 'part', 'content'], toCopyBinary(fileParts(batch, files)));
}

/**
 * Records the SHA-256 of a file {@link storeBatch} kept before it was known: a file can be kept
 * while it is still being read (and hashed) for the load, and gets its fingerprint at the end.
 * @param session the load's transaction
 * @param schema the case's schema
 * @param batch the batch number
 * @param file the file's name
 * @param sha256 its SHA-256, hex
 */
export async function recordBatchSha256(session: WarehouseSession, schema: string, batch: number, file: string, sha256: string): Promise<void> {
  await session.query(formatSql('update $<schema:name>.input_files set sha256 = $<sha256> where batch = $<batch> and file = $<file>', { schema, batch, file, sha256 }));
}

function* fileParts(batch: number, files: readonly BatchFile[]): Generator<BinaryField[]> {
  for (const { file, path, sha256 } of files) {
    const fd = openSync(path, 'r');
    try {
      for (let part = 0; ; part++) {
        // A fresh buffer per part: the copy may still hold the last one while this one is read.
        const buffer = Buffer.alloc(PART_BYTES);
        const size = readSync(fd, buffer, 0, PART_BYTES, null);
        // An empty file still gets its one (empty) part, so the batch remembers it.
        if (size === 0 && part > 0) break;
        yield [batch, file, sha256 ?? SHA256_TO_COME, part, buffer.subarray(0, size)];
        if (size < PART_BYTES) break;
      }
    } finally {
      closeSync(fd);
    }
  }
}

/**
 * The batches the warehouse holds, oldest first, each file reassembled from its parts.
 * @param session an open transaction (holding the schema's lock, so no batch lands meanwhile)
 * @param schema the case's schema
 * @returns the batches; none when the schema was never loaded
 */
export async function readBatches(session: WarehouseSession, schema: string): Promise<StoredBatch[]> {
  const [present] = await session.query<{ n: number }>(
    formatSql("select count(*)::integer as n from pg_tables where schemaname = $<schema> and tablename = 'input_files'", { schema }),
  );
  if (Number(present.n) === 0) return [];
  const rows = await session.query<{ batch: number; file: string; sha256: string; content: Uint8Array }>(
    formatSql('select batch, file, sha256, content from $<schema:name>.input_files order by batch, file, part', { schema }),
  );
  const batches: { batch: number; files: { file: string; sha256: string; parts: Uint8Array[] }[] }[] = [];
  for (const row of rows) {
    let batch = batches[batches.length - 1];
    if (batch?.batch !== Number(row.batch)) batches.push((batch = { batch: Number(row.batch), files: [] }));
    const last = batch.files[batch.files.length - 1];
    if (last?.file === row.file) last.parts.push(row.content);
    else batch.files.push({ file: row.file, sha256: row.sha256, parts: [row.content] });
  }
  return batches.map(({ batch, files }) => ({
    batch,
    files: files.map(({ file, sha256, parts }) => ({ file, sha256, content: Buffer.concat(parts) })),
  }));
}
