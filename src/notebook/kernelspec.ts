import { mkdir, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';
import { projectRoot } from './project-root.ts';

/** The name Jupyter knows this project's kernel by. */
export const KERNEL_NAME = 'etlbook';

/** A Jupyter kernelspec (`kernel.json`). */
export interface Kernelspec {
  argv: string[];
  display_name: string;
  language: string;
  interrupt_mode: 'signal';
  metadata: Record<string, unknown>;
}

/** Options for {@link toKernelspec}. */
export interface KernelspecOptions {
  /** The Node.js executable; absolute, because Jupyter started from a desktop often lacks the shell's PATH [=the running node]. */
  node?: string;
  /** The project whose tslab and `src/` the kernel uses [=this project]. */
  root?: string;
}

/**
 * Builds the kernelspec: Jupyter runs our launcher, which moves to the project root and starts the
 * project's own tslab from node_modules, so notebooks in any folder import `./src/index.ts`.
 * @param options The node executable and the project root.
 * @returns The `kernel.json` contents.
 * @example
 * toKernelspec().argv; // ['/usr/bin/node', '/path/to/etlbook/src/notebook/tslab-kernel.js', '{connection_file}']
 */
export function toKernelspec({ node = process.execPath, root = projectRoot() }: KernelspecOptions = {}): Kernelspec {
  return {
    argv: [node, path.join(root, 'src', 'notebook', 'tslab-kernel.js'), '{connection_file}'],
    display_name: 'TypeScript (etlbook)',
    language: 'typescript',
    // tslab interrupts on SIGINT and does not handle interrupt_request.
    interrupt_mode: 'signal',
    metadata: {},
  };
}

/** Options for {@link installKernelspec}. */
export interface InstallKernelspecOptions extends KernelspecOptions {
  /** Install under `<prefix>/share/jupyter/kernels/` instead of the per-user Jupyter data folder [=per user]. */
  prefix?: string;
  /** Environment to read `JUPYTER_DATA_DIR`, `APPDATA` and `XDG_DATA_HOME` from [=process.env]. */
  env?: Record<string, string | undefined>;
}

/**
 * Writes the kernelspec into the per-user Jupyter data folder or under a prefix.
 * @param options Where to install, and the kernelspec options.
 * @returns The folder written, e.g. `~/.local/share/jupyter/kernels/etlbook`.
 * @example
 * await installKernelspec(); // per user
 * await installKernelspec({ prefix: '.jupyter' }); // then: JUPYTER_PATH=.jupyter/share/jupyter jupyter lab
 */
export async function installKernelspec({ prefix, env = process.env, ...options }: InstallKernelspecOptions = {}): Promise<string> {
  const base = prefix === undefined ? userDataDir(env) : path.join(path.resolve(prefix), 'share', 'jupyter');
  const dir = path.join(base, 'kernels', KERNEL_NAME);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'kernel.json'), `${JSON.stringify(toKernelspec(options), null, 2)}\n`);
  return dir;
}

// Mirrors jupyter_core.paths.jupyter_data_dir().
function userDataDir(env: Record<string, string | undefined>): string {
  if (env.JUPYTER_DATA_DIR) return path.resolve(env.JUPYTER_DATA_DIR);
  if (process.platform === 'darwin') return path.join(homedir(), 'Library', 'Jupyter');
  if (process.platform === 'win32') return path.join(env.APPDATA ?? path.join(homedir(), 'AppData', 'Roaming'), 'jupyter');
  return path.join(env.XDG_DATA_HOME || path.join(homedir(), '.local', 'share'), 'jupyter');
}
