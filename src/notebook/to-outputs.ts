import type { JupyterMessage } from './jupyter-message.ts';
import type { MimeBundle, Output } from './notebook-format.ts';

/** Options for {@link toOutputs}. */
export interface ToOutputsOptions {
  /** Absolute paths to replace in output text, e.g. the project root, so exports match across clones [=none]. */
  replacePaths?: Record<string, string>;
}

/**
 * Turns the iopub messages of one execution into nbformat outputs: consecutive stream chunks merged
 * (the kernel splits them differently from run to run), `update_display_data` applied to the output it
 * updates, `clear_output` honoured, transient fields dropped.
 * @param messages The iopub messages whose parent is the execute request, in arrival order.
 * @param options Paths to normalize.
 * @returns The cell's outputs.
 * @example
 * cell.outputs = toOutputs(result.messages, { replacePaths: { [projectRoot()]: '.' } });
 */
export function toOutputs(messages: readonly JupyterMessage[], { replacePaths = {} }: ToOutputsOptions = {}): Output[] {
  let outputs: Output[] = [];
  const displayIds = new Map<Output, string>();
  let clearOnNext = false;
  const normalize = (text: string) => {
    for (const [from, to] of Object.entries(replacePaths)) if (from) text = text.split(from).join(to);
    return text;
  };
  const push = (output: Output, displayId?: string) => {
    if (clearOnNext) {
      outputs = [];
      clearOnNext = false;
    }
    const last = outputs[outputs.length - 1];
    if (output.output_type === 'stream' && last?.output_type === 'stream' && last.name === output.name) {
      outputs[outputs.length - 1] = { ...last, text: last.text + output.text };
      return;
    }
    outputs.push(output);
    if (displayId) displayIds.set(output, displayId);
  };
  for (const { header, content } of messages) {
    const c = content as Record<string, any>;
    const displayId: string | undefined = c.transient?.display_id;
    switch (header.msg_type) {
      case 'stream':
        push({ output_type: 'stream', name: c.name === 'stderr' ? 'stderr' : 'stdout', text: normalize(String(c.text)) });
        break;
      case 'display_data':
        push({ output_type: 'display_data', data: toBundle(c.data, normalize), metadata: c.metadata ?? {} }, displayId);
        break;
      case 'update_display_data': {
        // Found first and replaced after: changing a Map while iterating it would visit the new entry again.
        const target = [...displayIds].find(([, id]) => id === displayId)?.[0];
        if (target?.output_type === 'display_data') {
          const updated: Output = { ...target, data: toBundle(c.data, normalize), metadata: c.metadata ?? {} };
          outputs[outputs.indexOf(target)] = updated;
          displayIds.delete(target);
          displayIds.set(updated, displayId!);
        }
        break;
      }
      case 'execute_result':
        push({ output_type: 'execute_result', execution_count: c.execution_count ?? null, data: toBundle(c.data, normalize), metadata: c.metadata ?? {} });
        break;
      case 'error':
        push({ output_type: 'error', ename: String(c.ename), evalue: normalize(String(c.evalue)), traceback: (c.traceback ?? []).map((line: string) => normalize(String(line))) });
        break;
      case 'clear_output':
        if (c.wait) clearOnNext = true;
        else outputs = [];
        break;
    }
  }
  return outputs;
}

function toBundle(data: Record<string, unknown> | undefined, normalize: (text: string) => string): MimeBundle {
  const bundle: MimeBundle = {};
  for (const [type, value] of Object.entries(data ?? {})) {
    bundle[type] = normalize(typeof value === 'string' ? value : JSON.stringify(value));
  }
  return bundle;
}
