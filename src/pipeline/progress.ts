import type { CleanStream } from '../transform/clean-stream.ts';
import type { Warehouse } from '../load/warehouse.ts';

/**
 * Where a load goes, for progress lines: the warehouse, where it is, and the schema.
 * @param warehouse the open warehouse
 * @param schema the case's schema
 * @returns e.g. `the embedded warehouse (.etlbook/warehouse), schema stream`
 */
export function describeTarget(warehouse: Warehouse, schema: string): string {
  return `${warehouse.kind === 'pglite' ? 'the embedded warehouse' : 'PostgreSQL'} (${warehouse.location}), schema ${schema}`;
}

/**
 * One progress line per file: loaded, duplicate, superseded and rejected rows.
 * @param progress where the lines go
 * @param counts the counts per file
 */
export function reportCounts(progress: (message: string) => void, counts: CleanStream['counts']): void {
  for (const [file, count] of Object.entries(counts)) {
    progress(`  ${file}: ${count.loaded.toLocaleString('en-US')} loaded, ${count.duplicate} duplicate, ${count.superseded} superseded, ${count.rejected} rejected`);
  }
}
