// The notebook machinery. Notebooks themselves need only the display helpers (the first block); the
// runner, exports and kernelspec serve the CLI and tests, and pull in ZeroMQ.
export { display, isInsideTslab, type MimeBundle } from './display.ts';
export { toTableBundle, showTable, toGridBundle, type TableBundleOptions, type GridColumn } from './to-table-bundle.ts';
export { toRowsBundle, showRows, type RowsBundleOptions } from './to-rows-bundle.ts';
export { toSvgBundle, showSvg, type SvgBundleOptions } from './to-svg-bundle.ts';
export { escapeHtml } from './escape-html.ts';
export { formatValue, columnType, type FormattedValue } from './format-value.ts';

export { createMessage, sign, toFrames, fromFrames, PROTOCOL_VERSION, type JupyterMessage, type MessageHeader } from './jupyter-message.ts';
export { KernelClient, type ExecuteOptions, type ExecuteResult } from './kernel-client.ts';
export { startKernel, type ConnectionInfo, type StartedKernel, type StartKernelOptions } from './start-kernel.ts';
export { runNotebook, type RunNotebookOptions, type RunNotebookResult, type NotebookFailure } from './run-notebook.ts';
export { runNotebooks, formatFailure, type RunNotebooksOptions, type NotebookRun } from './run-notebooks.ts';
export { toOutputs } from './to-outputs.ts';
export { fromNotebookJson, toNotebookJson, checkNotebook, type Notebook, type Cell, type Output } from './notebook-format.ts';
export { toNotebookHtml, type NotebookHtmlOptions } from './to-html.ts';
export { toIndexHtml, type IndexHtmlOptions } from './to-index-html.ts';
export { describeNotebook, type NotebookDescription } from './describe-notebook.ts';
export { renderMarkdown, type Heading } from './render-markdown.ts';
export { highlightCode } from './highlight-code.ts';
export { toKernelspec, installKernelspec, KERNEL_NAME, type Kernelspec } from './kernelspec.ts';
export { projectRoot } from './project-root.ts';
