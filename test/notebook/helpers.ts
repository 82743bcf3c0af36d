import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromNotebookJson, type Notebook } from '../../src/notebook/notebook-format.ts';

/** The folder of the fixture notebooks used by the notebook tests. */
export const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

/** Reads a fixture notebook, e.g. `sub/orders`. */
export async function loadFixture(name: string): Promise<Notebook> {
  return fromNotebookJson(await readFile(path.join(fixtures, `${name}.ipynb`), 'utf8'));
}

/** Whether a process with this id still exists. */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
