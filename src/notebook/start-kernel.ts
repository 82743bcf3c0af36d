import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { projectRoot } from './project-root.ts';

/** The contents of a Jupyter connection file. */
export interface ConnectionInfo {
  transport: 'tcp';
  ip: string;
  key: string;
  signature_scheme: 'hmac-sha256';
  shell_port: number;
  iopub_port: number;
  stdin_port: number;
  control_port: number;
  hb_port: number;
  kernel_name: string;
}

/** A running kernel process started by {@link startKernel}. */
export interface StartedKernel {
  connection: ConnectionInfo;
  process: ChildProcess;
  /** Everything the kernel process wrote to its own stderr (not the cells' stderr, which goes to iopub). */
  stderr(): string;
  /** Resolves when the process has exited. */
  exited: Promise<void>;
  /** Kills the process if it still runs and removes the connection file. */
  dispose(): Promise<void>;
}

/** Options for {@link startKernel}. */
export interface StartKernelOptions {
  /** The folder tslab runs in and type-checks against [=the project root]. */
  cwd?: string;
  /** The kernel launcher script [=src/notebook/tslab-kernel.js]. */
  launcher?: string;
  /** The loopback address to bind [='127.0.0.1']. */
  ip?: string;
  /** Variables set for the kernel on top of this process's environment [={ TZ: 'UTC', FORCE_COLOR: '0', NO_COLOR: '1' }]. */
  env?: Record<string, string>;
}

/**
 * Starts this project's tslab kernel with a fresh connection file, a random key and free ports.
 * @param options Working directory, launcher and address.
 * @returns The connection info and the kernel process; call `dispose()` when done.
 * @example
 * const kernel = await startKernel();
 * const client = await KernelClient.connect(kernel.connection);
 */
export async function startKernel({
  cwd = projectRoot(),
  launcher = path.join(projectRoot(), 'src', 'notebook', 'tslab-kernel.js'),
  ip = '127.0.0.1',
  // Outputs must not depend on the machine or on the terminal the runner was started from: dates print
  // in UTC, and console.log must not colour values because a parent process (a test runner) forced colour.
  env = { TZ: 'UTC', FORCE_COLOR: '0', NO_COLOR: '1' },
}: StartKernelOptions = {}): Promise<StartedKernel> {
  const [shell, iopub, stdin, control, hb] = await freePorts(5, ip);
  const connection: ConnectionInfo = {
    transport: 'tcp',
    ip,
    key: randomBytes(32).toString('hex'),
    signature_scheme: 'hmac-sha256',
    shell_port: shell,
    iopub_port: iopub,
    stdin_port: stdin,
    control_port: control,
    hb_port: hb,
    kernel_name: 'etlbook',
  };
  const dir = await mkdtemp(path.join(tmpdir(), 'etlbook-kernel-'));
  const file = path.join(dir, 'connection.json');
  await writeFile(file, JSON.stringify(connection), { mode: 0o600 });
  const child = spawn(process.execPath, [launcher, file], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    // Bounded, so that a chatty kernel cannot grow the runner's memory without limit.
    stderr = (stderr + chunk).slice(-20_000);
  });
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
  return {
    connection,
    process: child,
    stderr: () => stderr,
    exited,
    async dispose() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGKILL');
        await exited;
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}

// Ports are reserved by binding them all at once, so the five differ, then released for the kernel.
// Another process could take one in between; the kernel then fails to bind and the runner reports it.
async function freePorts(count: number, ip: string): Promise<number[]> {
  const servers = Array.from({ length: count }, () => createServer());
  try {
    return await Promise.all(
      servers.map(
        (server) =>
          new Promise<number>((resolve, reject) => {
            server.once('error', reject);
            server.listen(0, ip, () => {
              const address = server.address();
              if (address === null || typeof address === 'string') reject(new Error('no TCP port'));
              else resolve(address.port);
            });
          }),
      ),
    );
  } finally {
    await Promise.all(servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
  }
}
