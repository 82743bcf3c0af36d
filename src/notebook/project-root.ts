import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The absolute path of this project's root folder, found from this file's own location so that it does
 * not depend on the current working directory.
 * @returns The folder that holds package.json, src/ and notebooks/.
 * @example
 * const notebooksDir = path.join(projectRoot(), 'notebooks');
 */
export function projectRoot(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
}
