import { KernelClient } from './kernel-client.ts';
import type { Cell, Notebook, Output } from './notebook-format.ts';
import { projectRoot } from './project-root.ts';
import { startKernel } from './start-kernel.ts';
import { stripAnsi } from './strip-ansi.ts';
import { toOutputs } from './to-outputs.ts';

/** Where and why a notebook stopped. */
export interface NotebookFailure {
  /** 1-based position of the cell among all cells, as a reader counts them. */
  cellNumber: number;
  cellId: string;
  /** The cell's first non-empty source line. */
  firstLine: string;
  ename: string;
  evalue: string;
  /** The traceback, ANSI colours removed. */
  traceback: string[];
}

/** What {@link runNotebook} returns. */
export interface RunNotebookResult {
  /** The executed notebook: every cell up to the failing one has its outputs and execution count. */
  notebook: Notebook;
  failure?: NotebookFailure;
  /** The kernel's process id; the process has exited by the time the result is returned. */
  kernelPid: number;
}

/** Options for {@link runNotebook}. */
export interface RunNotebookOptions {
  /** Seconds one cell may run before the kernel is interrupted [=120]. */
  timeoutSeconds?: number;
  /** The kernel's working directory; notebooks import `./src/index.ts` relative to it [=the project root]. */
  cwd?: string;
  /** Called before each code cell runs, e.g. to print progress. */
  onCell?: (cellNumber: number, cellCount: number, firstLine: string) => void;
}

/**
 * Executes a notebook's code cells in order in a fresh tslab kernel, collects their outputs, stops at
 * the first error or timeout, and always shuts the kernel down.
 * @param notebook The notebook to run (its existing outputs are replaced).
 * @param options Per-cell timeout, working directory and a progress callback.
 * @returns The executed notebook and, if a cell failed, which one and why.
 * @example
 * const { notebook, failure } = await runNotebook(fromNotebookJson(text), { timeoutSeconds: 60 });
 */
export async function runNotebook(
  notebook: Notebook,
  { timeoutSeconds = 120, cwd = projectRoot(), onCell }: RunNotebookOptions = {},
): Promise<RunNotebookResult> {
  const kernel = await startKernel({ cwd });
  const kernelPid = kernel.process.pid ?? -1;
  let client: KernelClient | undefined;
  try {
    try {
      client = await KernelClient.connect(kernel.connection);
    } catch (error) {
      throw new Error(`${(error as Error).message}\n${kernel.stderr()}`.trim());
    }
    const cells: Cell[] = notebook.cells.map((cell) => (cell.cell_type === 'code' ? { ...cell, outputs: [], execution_count: null } : cell));
    const cellCount = cells.length;
    const replacePaths = { [cwd]: '.' };
    let failure: NotebookFailure | undefined;
    for (const [index, cell] of cells.entries()) {
      if (cell.cell_type !== 'code' || cell.source.trim() === '') continue;
      const firstLine = cell.source.split('\n').find((line) => line.trim() !== '')?.trim() ?? '';
      onCell?.(index + 1, cellCount, firstLine);
      const interruptByMessage = client.info.interrupt_mode === 'message';
      const active = client;
      const result = await active.execute(cell.source, {
        timeoutMs: timeoutSeconds * 1000,
        onTimeout: () => {
          if (interruptByMessage) void active.request('control', 'interrupt_request', {}, { timeoutMs: 1_000 });
          else kernel.process.kill('SIGINT');
        },
      });
      const outputs = toOutputs(result.messages, { replacePaths });
      const count = result.reply?.content.execution_count;
      const executed: Cell = { ...cell, outputs, execution_count: typeof count === 'number' ? count : null };
      cells[index] = executed;
      const status = result.reply?.content.status;
      if (result.timedOut || status !== 'ok') {
        const error = toError(outputs, result.timedOut ? timeoutSeconds : undefined);
        executed.outputs = error.outputs;
        failure = { cellNumber: index + 1, cellId: cell.id, firstLine, ...error.error };
        break;
      }
    }
    return { notebook: { ...notebook, nbformat_minor: 5, metadata: withKernelMetadata(notebook.metadata, client.info), cells }, failure, kernelPid };
  } finally {
    await shutdown(client, kernel);
  }
}

// tslab prints a failing cell's exception or type errors on stderr and sends no `error` message, so the
// stderr text of that cell becomes the nbformat error (and is not kept twice as a stream).
function toError(outputs: Output[], timeoutSeconds: number | undefined): { outputs: Output[]; error: Omit<NotebookFailure, 'cellNumber' | 'cellId' | 'firstLine'> } {
  const reported = outputs.find((output) => output.output_type === 'error');
  const stderr = outputs.flatMap((output) => (output.output_type === 'stream' && output.name === 'stderr' ? [output.text] : [])).join('');
  let error: { ename: string; evalue: string; traceback: string[] };
  if (reported?.output_type === 'error') error = { ...reported, traceback: reported.traceback.map(stripAnsi) };
  else {
    const lines = stripAnsi(stderr).replace(/\n+$/, '').split('\n').filter((line, i, all) => line !== '' || i < all.length - 1);
    const named = lines.map((line) => /^([A-Za-z_$][\w$]*(?:Error|Exception)|Error)(?: \[[^\]]*\])?: (.*)$/.exec(line)).find(Boolean);
    const compile = lines.find((line) => /^(?:\S+ )?\d+:\d+ - /.test(line));
    error = named
      ? { ename: named[1]!, evalue: named[2]!, traceback: lines }
      : compile
        ? { ename: 'CompileError', evalue: compile, traceback: lines }
        : { ename: 'Error', evalue: lines[0] ?? 'the cell failed', traceback: lines };
  }
  if (timeoutSeconds !== undefined) {
    error = {
      ename: 'TimeoutError',
      evalue: `the cell did not finish within ${timeoutSeconds} s and was interrupted`,
      traceback: [`TimeoutError: the cell did not finish within ${timeoutSeconds} s and was interrupted`, ...error.traceback],
    };
  }
  const kept = reported ? outputs : outputs.filter((output) => !(output.output_type === 'stream' && output.name === 'stderr'));
  return { outputs: reported && timeoutSeconds === undefined ? kept : [...kept.filter((o) => o.output_type !== 'error'), { output_type: 'error', ...error }], error };
}

function withKernelMetadata(metadata: Record<string, unknown>, info: Record<string, unknown>): Record<string, unknown> {
  return {
    ...metadata,
    kernelspec: { display_name: 'TypeScript (etlbook)', language: 'typescript', name: 'etlbook' },
    ...(info.language_info ? { language_info: info.language_info } : {}),
  };
}

// shutdown_request first, so tslab can close its sockets and file watchers; SIGKILL if it has not
// exited after a grace period (e.g. a cell stuck in a loop that ignored SIGINT).
async function shutdown(client: KernelClient | undefined, kernel: Awaited<ReturnType<typeof startKernel>>): Promise<void> {
  try {
    if (client && kernel.process.exitCode === null) {
      await client.request('control', 'shutdown_request', { restart: false }, { timeoutMs: 2_000 });
    }
    await Promise.race([kernel.exited, new Promise((resolve) => setTimeout(resolve, 3_000).unref())]);
  } finally {
    client?.close();
    await kernel.dispose();
  }
}
