import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pgp } from './pgp.ts';

type QueryFile = InstanceType<typeof pgp.QueryFile>;

/** The project's `sql/` folder. */
export const SQL_ROOT = fileURLToPath(new URL('../../sql/', import.meta.url));

function loadFolder(folder: string): Map<string, QueryFile> {
  const dir = join(SQL_ROOT, folder);
  const files = new Map<string, QueryFile>();
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.sql')).sort()) {
    const file = new pgp.QueryFile(join(dir, name), { minify: true, noWarnings: true });
    // QueryFile keeps a parse error instead of throwing; surface it now, not mid-load.
    if (file.error) throw new Error(`sql/${folder}/${name}: ${file.error.message}`);
    files.set(basename(name, '.sql'), file);
  }
  return files;
}

/**
 * Every SQL file of the project, read once and checked at start-up (pg-promise QueryFiles,
 * formatted with named parameters): `schema` DDL in run order, `keys` (foreign keys and
 * indexes, added after the bulk copy) in run order, `chunked` (transactions loaded chunk by chunk, and their repeated keys settled) by name, `marts` by relation name,
 * `queries` by question.
 */
export const sqlFiles = {
  schema: loadFolder('schema'),
  keys: loadFolder('keys'),
  chunked: loadFolder('chunked'),
  marts: loadFolder('marts'),
  queries: loadFolder('queries'),
};

/**
 * One file by folder and name, failing clearly when it does not exist.
 * @param folder `schema`, `keys`, `chunked`, `marts` or `queries`
 * @param name the file name without `.sql`
 * @returns the QueryFile
 * @example
 * formatSql(sqlFile('queries', 'top_users'), { schema: 'stream', as_of: '2025-06-14', limit: 5 });
 */
export function sqlFile(folder: keyof typeof sqlFiles, name: string): QueryFile {
  const file = sqlFiles[folder].get(name);
  if (!file) throw new Error(`no SQL file sql/${folder}/${name}.sql`);
  return file;
}
