import type { MimeBundle } from './notebook-format.ts';

export type { MimeBundle } from './notebook-format.ts';

interface TslabGlobal {
  require(id: string): any;
}

/**
 * Tells whether this code runs inside a tslab kernel.
 * @returns True inside tslab (JupyterLab, VS Code, `etlbook notebooks`), false in scripts and tests.
 * @example
 * if (!isInsideTslab()) console.log(bundle['text/plain']);
 */
export function isInsideTslab(): boolean {
  return tslabGlobal() !== undefined;
}

/**
 * Shows a MIME bundle as the cell's output: inside tslab as one `display_data` carrying every MIME type
 * (so JupyterLab, VS Code and the exports pick their best one), elsewhere as its `text/plain` on stdout.
 * @param bundle MIME type → content, e.g. `{ 'text/html': …, 'text/plain': … }`.
 * @example
 * display(toTableBundle(orders));
 */
export function display(bundle: MimeBundle): void {
  const tslab = tslabGlobal();
  if (!tslab) {
    process.stdout.write(`${bundle['text/plain'] ?? ''}\n`);
    return;
  }
  // tslab's public `display` sends one MIME type per output; its internal writer sends a whole bundle.
  // Both come from the kernel's own tslab module, as tslab's `require` is rooted at the kernel's folder.
  const writer = tryRequire(tslab, 'tslab/dist/jupyter')?.lastWriteDisplayData;
  if (typeof writer === 'function') {
    writer({ data: bundle, metadata: {}, transient: {} }, false);
    return;
  }
  const fallback = tslab.require('tslab').display;
  if (bundle['text/html'] !== undefined) fallback.html(bundle['text/html']);
  else if (bundle['image/svg+xml'] !== undefined) fallback.svg(bundle['image/svg+xml']);
  else fallback.text(bundle['text/plain'] ?? '');
}

function tslabGlobal(): TslabGlobal | undefined {
  return (globalThis as { __tslab__?: TslabGlobal }).__tslab__;
}

function tryRequire(tslab: TslabGlobal, id: string): any {
  try {
    return tslab.require(id);
  } catch {
    return undefined;
  }
}
