import { Command, InvalidArgumentError } from 'commander';
import path from 'node:path';
import { reportError } from '../errors.ts';

/**
 * Builds the `notebooks` command: runs notebooks headless in this project's tslab kernel and exports them.
 * @returns The commander command, to add to the main program.
 * @example
 * program.addCommand(notebooksCommand());
 */
export function notebooksCommand(): Command {
  return new Command('notebooks')
    .description('run notebooks top to bottom in a fresh tslab kernel and export them as .ipynb and .html')
    .argument('[name...]', 'notebooks to run, e.g. 01_ingest (default: every notebooks/*.ipynb, in name order)')
    .option('--timeout <seconds>', 'seconds one cell may run before the kernel is interrupted', parseSeconds, 120)
    .option('--out <dir>', 'where the executed notebooks, their pages and index.html go', 'exports/notebooks')
    .option('--notebooks <dir>', 'where the notebooks are', 'notebooks')
    .addHelpText(
      'after',
      `
Examples:
  $ etlbook notebooks                      run every notebook, write exports/notebooks/
  $ etlbook notebooks 01_ingest 02_transform --timeout 300
  $ etlbook notebooks --out /tmp/nb        export somewhere else

Progress goes to stderr. A failing or timed-out cell stops its notebook, prints the notebook,
the cell number, the cell's first line and the traceback, and makes the command exit non-zero.`,
    )
    .action(async (names: string[], options: { timeout: number; out: string; notebooks: string }, command: Command) => {
      let runs;
      try {
        const { runNotebooks } = await import('../../notebook/run-notebooks.ts');
        runs = await runNotebooks(names, {
          timeoutSeconds: options.timeout,
          outDir: path.resolve(options.out),
          notebooksDir: path.resolve(options.notebooks),
        });
      } catch (error) {
        process.exitCode = reportError(error);
        return;
      }
      const failed = runs.filter((run) => run.failure);
      process.stderr.write(`${runs.length - failed.length} passed, ${failed.length} failed\n`);
      if (failed.length > 0) command.error(`notebooks failed: ${failed.map((run) => run.name).join(', ')}`, { exitCode: 1 });
    });
}

function parseSeconds(value: string): number {
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds <= 0) throw new InvalidArgumentError('expected a positive number of seconds');
  return seconds;
}
