import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../ingest/input-error.ts';
import { describeNotebook } from './describe-notebook.ts';
import { fromNotebookJson, toNotebookJson } from './notebook-format.ts';
import { projectRoot } from './project-root.ts';
import { runNotebook, type NotebookFailure } from './run-notebook.ts';
import { toIndexHtml } from './to-index-html.ts';
import { toNotebookHtml } from './to-html.ts';

/** Options for {@link runNotebooks}. */
export interface RunNotebooksOptions {
  /** Where the `.ipynb` files are [='notebooks' in the project root]. */
  notebooksDir?: string;
  /** Where the executed `.ipynb`, the `.html` pages and `index.html` go [='exports/notebooks' in the project root]. */
  outDir?: string;
  /** Seconds one cell may run before it is interrupted [=120]. */
  timeoutSeconds?: number;
  /** The kernel's working directory [=the project root]. */
  cwd?: string;
  /** Where progress and failures are written [=process.stderr]. */
  log?: (line: string) => void;
}

/** One notebook's outcome. */
export interface NotebookRun {
  name: string;
  failure?: NotebookFailure;
}

/**
 * Runs notebooks one after another, each in a fresh kernel, and writes each executed notebook and its
 * HTML page; writes `index.html` when all of them pass.
 * @param names Notebook names (with or without `.ipynb`); empty runs every notebook in name order.
 * @param options Folders, per-cell timeout and the progress log.
 * @returns One entry per notebook; any entry with a `failure` means the run failed.
 * @example
 * const runs = await runNotebooks([], { timeoutSeconds: 60 });
 * process.exitCode = runs.some((run) => run.failure) ? 1 : 0;
 */
export async function runNotebooks(
  names: string[],
  {
    notebooksDir = path.join(projectRoot(), 'notebooks'),
    outDir = path.join(projectRoot(), 'exports', 'notebooks'),
    timeoutSeconds = 120,
    cwd = projectRoot(),
    log = (line) => process.stderr.write(`${line}\n`),
  }: RunNotebooksOptions = {},
): Promise<NotebookRun[]> {
  const all = (await readdir(notebooksDir)).filter((file) => file.endsWith('.ipynb')).map((file) => file.slice(0, -'.ipynb'.length));
  all.sort();
  const selected = names.length === 0 ? all : names.map((name) => path.basename(name).replace(/\.ipynb$/, ''));
  const unknown = selected.filter((name) => !all.includes(name));
  if (unknown.length > 0) throw new InputError(notebooksDir, `no such notebook: ${unknown.join(', ')} (there are: ${all.join(', ') || 'none'})`);
  const sources = new Map(
    await Promise.all(all.map(async (name) => [name, fromNotebookJson(await readFile(path.join(notebooksDir, `${name}.ipynb`), 'utf8'))] as const)),
  );
  const book = all.map((name) => describeNotebook(sources.get(name)!, name));
  await mkdir(outDir, { recursive: true });
  const runs: NotebookRun[] = [];
  for (const [n, name] of selected.entries()) {
    log(`[${n + 1}/${selected.length}] ${name}.ipynb`);
    const { notebook, failure } = await runNotebook(sources.get(name)!, {
      timeoutSeconds,
      cwd,
      onCell: (cellNumber, cellCount, firstLine) => log(`  cell ${cellNumber}/${cellCount}: ${firstLine}`),
    });
    runs.push({ name, failure });
    if (failure) {
      log(formatFailure(name, failure));
      continue;
    }
    await writeFile(path.join(outDir, `${name}.ipynb`), toNotebookJson(notebook));
    await writeFile(path.join(outDir, `${name}.html`), toNotebookHtml(notebook, name, { notebooks: book }));
  }
  if (runs.every((run) => !run.failure)) await writeFile(path.join(outDir, 'index.html'), toIndexHtml(book));
  return runs;
}

/**
 * Formats a failure for the terminal: notebook, cell number, the cell's first line, and the traceback.
 * @param name The notebook's name.
 * @param failure The failure returned by `runNotebook`.
 * @returns Several lines of plain text.
 * @example
 * console.error(formatFailure('01_ingest', failure));
 */
export function formatFailure(name: string, failure: NotebookFailure): string {
  return [
    `FAILED ${name}.ipynb, cell ${failure.cellNumber}: ${failure.firstLine}`,
    `${failure.ename}: ${failure.evalue}`,
    ...failure.traceback.map((line) => `    ${line}`),
  ].join('\n');
}
