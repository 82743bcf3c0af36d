import { Command } from 'commander';

/** Options of the `dfd` command, as commander parses them. */
interface DfdCommandOptions {
  out: string;
  check: boolean;
}

/**
 * The `etlbook dfd` command: validates every data-flow diagram and writes its SVG and PNG and
 * the glossary `README.md`; with `--check` it only validates. A broken diagram stops the command
 * with one line per broken rule, naming the diagram, the rule and the node or flow ids.
 *
 * @returns A commander command named `dfd`, to add to the program with `addCommand`.
 * @example
 * program.addCommand(dfdCommand());
 */
export function dfdCommand(): Command {
  const command = new Command('dfd')
    .description("validate and render the data-flow diagrams of Stream's systems and of etlbook's pipeline")
    .option('-o, --out <dir>', 'directory for <name>.svg, <name>.png and README.md', 'exports/dfd')
    .option('--check', 'only validate the diagrams; write nothing', false)
    .addHelpText(
      'after',
      [
        '',
        'Examples:',
        '  $ etlbook dfd                     # writes exports/dfd/*.svg, *.png and README.md',
        '  $ etlbook dfd --out /tmp/diagrams',
        '  $ etlbook dfd --check             # exits non-zero if a diagram breaks a rule',
      ].join('\n'),
    )
    .action(async (options: DfdCommandOptions) => {
      const [{ allDfds }, { validateDfd }, { writeDfds }] = await Promise.all([import('../../dfd/all-dfds.ts'), import('../../dfd/validate-dfd.ts'), import('../../dfd/write-dfds.ts')]);
      const problems = allDfds.flatMap((dfd) => validateDfd(dfd).map((issue) => `${dfd.name}: ${issue.rule}: ${issue.message}`));
      if (problems.length > 0) {
        command.error(`${problems.length} diagram rule(s) broken:\n${problems.join('\n')}`, { code: 'etlbook.dfd.invalid', exitCode: 1 });
      }
      // Through commander's output so that a caller (or a test) can redirect it with configureOutput.
      const write = command.configureOutput().writeOut ?? ((text: string) => process.stdout.write(text));
      if (options.check) {
        write(`${allDfds.length} diagrams valid\n`);
        return;
      }
      for (const path of await writeDfds(options.out)) write(`${path}\n`);
    });
  return command;
}
