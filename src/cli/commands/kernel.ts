import { Command } from 'commander';
import { installKernelspec, KERNEL_NAME } from '../../notebook/kernelspec.ts';

/**
 * Builds the `kernel` command, whose `install` subcommand registers this project's tslab with Jupyter.
 * @returns The commander command, to add to the main program.
 * @example
 * program.addCommand(kernelCommand());
 */
export function kernelCommand(): Command {
  const kernel = new Command('kernel').description(`manage the "${KERNEL_NAME}" Jupyter kernel (this project's tslab)`);
  kernel
    .command('install')
    .description('write the kernelspec so JupyterLab and VS Code run notebooks with this project\'s tslab')
    .option('--user', 'install into the per-user Jupyter data folder (the default)')
    .option('--prefix <dir>', 'install into <dir>/share/jupyter/kernels/ instead, e.g. a project-local .jupyter')
    .addHelpText(
      'after',
      `
Examples:
  $ etlbook kernel install                   per user: ~/.local/share/jupyter/kernels/${KERNEL_NAME}
  $ etlbook kernel install --prefix .jupyter then: JUPYTER_PATH=.jupyter/share/jupyter jupyter lab

The kernel starts in the project root whatever folder the notebook is in, so notebooks import
'./src/index.ts'. Run it again after moving the project or changing Node.js versions.`,
    )
    .action(async (options: { user?: boolean; prefix?: string }, command: Command) => {
      if (options.user && options.prefix) command.error('choose either --user or --prefix', { exitCode: 2 });
      const dir = await installKernelspec({ prefix: options.prefix });
      process.stdout.write(`installed kernelspec "${KERNEL_NAME}" in ${dir}\n`);
    });
  return kernel;
}
