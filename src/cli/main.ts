import { Command, CommanderError } from 'commander';
import { VERSION } from './options.ts';
import { runCommand } from './commands/run.ts';
import { sqlCommand } from './commands/sql.ts';
import { reportCommand } from './commands/report.ts';
import { dfdCommand } from './commands/dfd.ts';
import { generateCommand } from './commands/generate.ts';
import { notebooksCommand } from './commands/notebooks.ts';
import { kernelCommand } from './commands/kernel.ts';
import { benchCommand } from './commands/bench.ts';

/**
 * The `etlbook` command line.
 * @param argv the process arguments (`process.argv`)
 * @returns the exit code
 */
export async function main(argv: string[]): Promise<number> {
  const program = new Command('etlbook')
    .description('Literate ETL in TypeScript: CSV exports → Arquero → PostgreSQL → answers, report and notebooks.')
    .version(VERSION)
    .showHelpAfterError()
    .exitOverride()
    .addCommand(runCommand())
    .addCommand(sqlCommand())
    .addCommand(reportCommand())
    .addCommand(generateCommand())
    .addCommand(dfdCommand())
    .addCommand(notebooksCommand())
    .addCommand(kernelCommand())
    .addCommand(benchCommand());
  for (const command of program.commands) command.exitOverride();
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    throw error;
  }
  return Number(process.exitCode ?? 0);
}
