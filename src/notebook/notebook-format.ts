import { createHash } from 'node:crypto';

/** A MIME bundle: one representation of a value per MIME type. */
export type MimeBundle = Record<string, string>;

/** An nbformat 4 output. */
export type Output =
  | { output_type: 'stream'; name: 'stdout' | 'stderr'; text: string }
  | { output_type: 'display_data'; data: MimeBundle; metadata: Record<string, unknown> }
  | { output_type: 'execute_result'; execution_count: number | null; data: MimeBundle; metadata: Record<string, unknown> }
  | { output_type: 'error'; ename: string; evalue: string; traceback: string[] };

/** An nbformat 4.5 cell; `source` is kept as one string in memory. */
export type Cell =
  | { cell_type: 'code'; id: string; metadata: CellMetadata; source: string; execution_count: number | null; outputs: Output[] }
  | { cell_type: 'markdown' | 'raw'; id: string; metadata: CellMetadata; source: string };

/** Cell metadata; `tags` such as `hide-input` steer the HTML export. */
export interface CellMetadata {
  tags?: string[];
  [key: string]: unknown;
}

/** An nbformat 4.5 notebook. */
export interface Notebook {
  nbformat: 4;
  nbformat_minor: number;
  metadata: Record<string, unknown>;
  cells: Cell[];
}

/**
 * Parses notebook JSON, joining multi-line sources and texts, and giving cells without a valid,
 * unique id a stable one derived from their position and source.
 * @param text The `.ipynb` file contents.
 * @returns The notebook, upgraded to nbformat 4.5.
 * @example
 * const notebook = fromNotebookJson(await readFile('notebooks/01_ingest.ipynb', 'utf8'));
 */
export function fromNotebookJson(text: string): Notebook {
  const raw = JSON.parse(text) as { nbformat?: number; metadata?: Record<string, unknown>; cells?: Record<string, unknown>[] };
  if (raw.nbformat !== 4 || !Array.isArray(raw.cells)) throw new Error('not an nbformat 4 notebook');
  const seen = new Set<string>();
  const cells = raw.cells.map((cell, index): Cell => {
    const source = joinText(cell.source);
    let id = typeof cell.id === 'string' && CELL_ID.test(cell.id) && !seen.has(cell.id) ? cell.id : stableId(index, source);
    while (seen.has(id)) id = stableId(index, id);
    seen.add(id);
    const metadata = (cell.metadata ?? {}) as CellMetadata;
    if (cell.cell_type === 'code') {
      const outputs = ((cell.outputs ?? []) as Record<string, unknown>[]).map(parseOutput);
      const count = typeof cell.execution_count === 'number' ? cell.execution_count : null;
      return { cell_type: 'code', id, metadata, source, execution_count: count, outputs };
    }
    return { cell_type: cell.cell_type === 'raw' ? 'raw' : 'markdown', id, metadata, source };
  });
  return { nbformat: 4, nbformat_minor: 5, metadata: raw.metadata ?? {}, cells };
}

/**
 * Serializes a notebook the way Jupyter does (one-space indent, sorted keys, sources and texts as lists
 * of lines, trailing newline), so that the same notebook always gives the same bytes.
 * @param notebook The notebook to write.
 * @returns The `.ipynb` file contents.
 * @example
 * await writeFile('exports/notebooks/01_ingest.ipynb', toNotebookJson(executed));
 */
export function toNotebookJson(notebook: Notebook): string {
  const cells = notebook.cells.map((cell) => {
    const base = { ...cell, source: splitLines(cell.source) };
    if (cell.cell_type !== 'code') return base;
    return { ...base, outputs: cell.outputs.map(outputToJson) };
  });
  return JSON.stringify(sortKeys({ ...notebook, cells }), null, 1) + '\n';
}

/**
 * Checks the structure nbformat 4.5 requires, without a JSON schema library.
 * @param value A parsed `.ipynb` document (as JSON, before {@link fromNotebookJson}).
 * @returns One message per problem; empty when the notebook is valid.
 * @example
 * assert.equal(checkNotebook(JSON.parse(text)), []);
 */
export function checkNotebook(value: unknown): string[] {
  const problems: string[] = [];
  const nb = value as Record<string, unknown>;
  if (!isObject(nb)) return ['the notebook is not a JSON object'];
  if (nb.nbformat !== 4) problems.push('nbformat is not 4');
  if (typeof nb.nbformat_minor !== 'number' || nb.nbformat_minor < 5) problems.push('nbformat_minor is below 5');
  if (!isObject(nb.metadata)) problems.push('metadata is not an object');
  if (!Array.isArray(nb.cells)) return [...problems, 'cells is not a list'];
  const ids = new Set<string>();
  nb.cells.forEach((cell: unknown, index: number) => {
    const at = `cell ${index + 1}`;
    if (!isObject(cell)) return void problems.push(`${at} is not an object`);
    if (typeof cell.id !== 'string' || !CELL_ID.test(cell.id)) problems.push(`${at} has no valid id`);
    else if (ids.has(cell.id)) problems.push(`${at} repeats id ${cell.id}`);
    else ids.add(cell.id);
    if (!isMultiline(cell.source)) problems.push(`${at} source is not text`);
    if (!isObject(cell.metadata)) problems.push(`${at} metadata is not an object`);
    if (cell.cell_type === 'code') {
      if (!(cell.execution_count === null || Number.isInteger(cell.execution_count))) problems.push(`${at} execution_count is invalid`);
      if (!Array.isArray(cell.outputs)) return void problems.push(`${at} outputs is not a list`);
      cell.outputs.forEach((output: unknown, o: number) => problems.push(...checkOutput(output, `${at} output ${o + 1}`)));
    } else if (cell.cell_type === 'markdown' || cell.cell_type === 'raw') {
      if ('outputs' in cell || 'execution_count' in cell) problems.push(`${at} is ${cell.cell_type} but has outputs`);
    } else problems.push(`${at} has unknown cell_type ${String(cell.cell_type)}`);
  });
  return problems;
}

const CELL_ID = /^[a-zA-Z0-9-_]{1,64}$/;

function checkOutput(output: unknown, at: string): string[] {
  if (!isObject(output)) return [`${at} is not an object`];
  switch (output.output_type) {
    case 'stream':
      return (output.name === 'stdout' || output.name === 'stderr') && isMultiline(output.text) ? [] : [`${at} is a malformed stream`];
    case 'display_data':
    case 'execute_result': {
      const problems = isObject(output.data) && isObject(output.metadata) ? [] : [`${at} lacks data or metadata`];
      if (output.output_type === 'execute_result' && !(output.execution_count === null || Number.isInteger(output.execution_count))) {
        problems.push(`${at} execution_count is invalid`);
      }
      if ('transient' in output) problems.push(`${at} keeps a transient field`);
      return problems;
    }
    case 'error':
      return typeof output.ename === 'string' && typeof output.evalue === 'string' && Array.isArray(output.traceback)
        ? []
        : [`${at} is a malformed error`];
    default:
      return [`${at} has unknown output_type ${String(output.output_type)}`];
  }
}

function isObject(value: unknown): value is Record<string, any> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isMultiline(value: unknown): boolean {
  return typeof value === 'string' || (Array.isArray(value) && value.every((line) => typeof line === 'string'));
}

function parseOutput(output: Record<string, unknown>): Output {
  switch (output.output_type) {
    case 'stream':
      return { output_type: 'stream', name: output.name === 'stderr' ? 'stderr' : 'stdout', text: joinText(output.text) };
    case 'error':
      return { output_type: 'error', ename: String(output.ename), evalue: String(output.evalue), traceback: (output.traceback as string[]) ?? [] };
    case 'execute_result':
      return { output_type: 'execute_result', execution_count: (output.execution_count as number) ?? null, data: joinBundle(output.data), metadata: (output.metadata as Record<string, unknown>) ?? {} };
    default:
      return { output_type: 'display_data', data: joinBundle(output.data), metadata: (output.metadata as Record<string, unknown>) ?? {} };
  }
}

function outputToJson(output: Output): unknown {
  if (output.output_type === 'stream') return { ...output, text: splitLines(output.text) };
  if (output.output_type === 'error') return output;
  const data: Record<string, unknown> = {};
  // JSON-valued MIME types stay objects in nbformat; text types become lists of lines.
  for (const [type, value] of Object.entries(output.data)) data[type] = /json$/.test(type) ? parseJson(value) : splitLines(value);
  return { ...output, data };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function joinText(value: unknown): string {
  return Array.isArray(value) ? value.join('') : typeof value === 'string' ? value : '';
}

function joinBundle(value: unknown): MimeBundle {
  const bundle: MimeBundle = {};
  for (const [type, text] of Object.entries((value ?? {}) as Record<string, unknown>)) {
    bundle[type] = typeof text === 'string' || Array.isArray(text) ? joinText(text) : JSON.stringify(text);
  }
  return bundle;
}

function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

function stableId(index: number, source: string): string {
  return createHash('sha256').update(`${index}\n${source}`).digest('hex').slice(0, 12);
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (!isObject(value)) return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) sorted[key] = sortKeys(value[key]);
  return sorted;
}
