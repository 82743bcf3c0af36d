import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PRODUCTS, TRANSACTIONS, USERS } from '../../src/contract/stream.ts';
import { loadCsv } from '../../src/ingest/read-csv.ts';

/**
 * Cuts a Stream input directory into batches at record boundaries (quoted newlines stay whole),
 * each file of each batch with its header, and writes their concatenation in that order too.
 * @param dir the input directory
 * @param cuts for each batch but the last, the fraction of each file's records that ends it
 * @returns the batch directories, oldest first, and the concatenation's directory
 */
export async function splitIntoBatches(dir: string, cuts: number[]): Promise<{ batches: string[]; whole: string }> {
  const root = await mkdtemp(join(tmpdir(), 'etlbook-batches-'));
  const batches = [...cuts, 1].map((_, i) => join(root, `batch-${i + 1}`));
  const whole = join(root, 'whole');
  for (const target of [...batches, whole]) await mkdir(target);
  for (const spec of [USERS, PRODUCTS, TRANSACTIONS]) {
    const path = join(dir, spec.file);
    const header = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0];
    const raws = Array.from((await loadCsv(path, spec)).table.array('raw') as ArrayLike<string>);
    const ends = [...cuts.map((cut) => Math.round(raws.length * cut)), raws.length];
    const write = (target: string, records: string[]) => writeFile(join(target, spec.file), [header, ...records].join('\n') + '\n');
    for (let i = 0; i < batches.length; i++) await write(batches[i], raws.slice(i === 0 ? 0 : ends[i - 1], ends[i]));
    await write(whole, raws);
  }
  return { batches, whole };
}
