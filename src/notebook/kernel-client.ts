import * as zmq from 'zeromq';
import { createMessage, fromFrames, toFrames, type JupyterMessage } from './jupyter-message.ts';
import type { ConnectionInfo } from './start-kernel.ts';

/** The reply and the iopub messages of one request. */
export interface ExecuteResult {
  /** The `execute_reply` content, or undefined when the timeout came first. */
  reply?: JupyterMessage;
  /** Every iopub message whose parent is the request, in arrival order, status messages excluded. */
  messages: JupyterMessage[];
  timedOut: boolean;
}

/** Options for {@link KernelClient.execute} and {@link KernelClient.request}. */
export interface ExecuteOptions {
  /** Milliseconds to wait for both the reply and the kernel going idle [=60000]. */
  timeoutMs?: number;
  /** Called for each iopub message of this request as it arrives, e.g. to show progress. */
  onMessage?: (message: JupyterMessage) => void;
  /** Called once when the timeout passes, e.g. to interrupt the kernel; the wait then goes on for `graceMs`. */
  onTimeout?: () => void;
  /** Milliseconds to keep waiting after `onTimeout` [=5000]. */
  graceMs?: number;
}

interface Pending {
  messages: JupyterMessage[];
  reply?: JupyterMessage;
  idle: boolean;
  onMessage?: (message: JupyterMessage) => void;
  settle?: () => void;
}

type Channel = 'shell' | 'control';

/**
 * A Jupyter client over ZeroMQ: shell and control as DEALER sockets, iopub as a SUB socket that
 * subscribes to everything. Replies and iopub messages are matched to requests by parent msg_id.
 */
export class KernelClient {
  readonly session: string;
  /** The content of the kernel's `kernel_info_reply`, set by {@link KernelClient.connect}. */
  info: Record<string, unknown> = {};
  readonly #key: string;
  readonly #sockets: { shell: zmq.Dealer; control: zmq.Dealer; iopub: zmq.Subscriber };
  readonly #pending = new Map<string, Pending>();
  #closed = false;

  private constructor(connection: ConnectionInfo, session: string) {
    this.session = session;
    this.#key = connection.key;
    const address = (port: number) => `${connection.transport}://${connection.ip}:${port}`;
    // linger 0: closing must never wait for messages a dead kernel will not take.
    const shell = new zmq.Dealer({ linger: 0 });
    const control = new zmq.Dealer({ linger: 0 });
    const iopub = new zmq.Subscriber({ linger: 0 });
    shell.connect(address(connection.shell_port));
    control.connect(address(connection.control_port));
    iopub.connect(address(connection.iopub_port));
    iopub.subscribe();
    this.#sockets = { shell, control, iopub };
    void this.#listen(shell, 'reply');
    void this.#listen(control, 'reply');
    void this.#listen(iopub, 'iopub');
  }

  /**
   * Connects to a kernel and waits until it answers on shell and publishes on iopub.
   * @param connection The kernel's connection info.
   * @param options `timeoutMs` [=30000] to wait for the kernel.
   * @returns A connected client.
   * @example
   * const client = await KernelClient.connect(kernel.connection);
   */
  static async connect(connection: ConnectionInfo, { timeoutMs = 30_000 }: { timeoutMs?: number } = {}): Promise<KernelClient> {
    const client = new KernelClient(connection, crypto.randomUUID());
    const deadline = Date.now() + timeoutMs;
    // A SUB socket misses whatever is published before its subscription reaches the kernel, so the
    // kernel counts as ready only once the iopub status of a kernel_info_request has come through.
    while (Date.now() < deadline) {
      const result = await client.request('shell', 'kernel_info_request', {}, { timeoutMs: Math.min(1_000, deadline - Date.now()) });
      if (result.reply && !result.timedOut) {
        client.info = result.reply.content;
        return client;
      }
    }
    client.close();
    throw new Error(`the kernel did not answer within ${Math.round(timeoutMs / 1000)} s`);
  }

  /**
   * Sends a request and waits for its reply and for the kernel's `idle` status with the same parent.
   * @param channel `shell` or `control`.
   * @param msgType The request type, e.g. `kernel_info_request`.
   * @param content The request content.
   * @param options Timeout, per-message callback, and what to do on timeout.
   * @returns The reply, the iopub messages and whether the wait timed out.
   * @example
   * const { reply } = await client.request('control', 'shutdown_request', { restart: false });
   */
  async request(
    channel: Channel,
    msgType: string,
    content: Record<string, unknown>,
    { timeoutMs = 60_000, onMessage, onTimeout, graceMs = 5_000 }: ExecuteOptions = {},
  ): Promise<ExecuteResult> {
    const message = createMessage(msgType, content, { session: this.session });
    const pending: Pending = { messages: [], idle: false, onMessage };
    this.#pending.set(message.header.msg_id, pending);
    const done = new Promise<void>((resolve) => (pending.settle = resolve));
    try {
      await this.#sockets[channel].send(toFrames(message, this.#key));
      const timedOut = !(await settlesWithin(done, timeoutMs));
      if (timedOut && onTimeout) {
        onTimeout();
        await settlesWithin(done, graceMs);
      }
      return { reply: pending.reply, messages: pending.messages, timedOut };
    } finally {
      this.#pending.delete(message.header.msg_id);
    }
  }

  /**
   * Runs code in the kernel and collects what it publishes.
   * @param code The cell source.
   * @param options Timeout and a per-message callback.
   * @returns The `execute_reply`, the iopub messages, and whether it timed out.
   * @example
   * const { reply, messages } = await client.execute('console.log(1)', { timeoutMs: 10_000 });
   */
  execute(code: string, options: ExecuteOptions = {}): Promise<ExecuteResult> {
    const content = { code, silent: false, store_history: true, user_expressions: {}, allow_stdin: false, stop_on_error: true };
    return this.request('shell', 'execute_request', content, options);
  }

  /** Closes the sockets; pending requests stay unanswered. */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    for (const socket of Object.values(this.#sockets)) socket.close();
  }

  async #listen(socket: zmq.Dealer | zmq.Subscriber, kind: 'reply' | 'iopub'): Promise<void> {
    try {
      for await (const frames of socket) {
        let message: JupyterMessage;
        try {
          message = fromFrames(frames, this.#key);
        } catch {
          // A message that fails verification is dropped, as the protocol requires.
          continue;
        }
        const pending = this.#pending.get(message.parent_header.msg_id ?? '');
        if (!pending) continue;
        if (kind === 'reply') pending.reply = message;
        else if (message.header.msg_type === 'status') {
          if (message.content.execution_state === 'idle') pending.idle = true;
        } else {
          pending.messages.push(message);
          pending.onMessage?.(message);
        }
        if (pending.reply && pending.idle) pending.settle?.();
      }
    } catch (error) {
      // Closing a socket ends its iteration with an error; anything else is a real failure.
      if (!this.#closed) throw error;
    }
  }
}

async function settlesWithin(promise: Promise<void>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), Math.max(0, ms))));
  try {
    return await Promise.race([promise.then(() => true), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
