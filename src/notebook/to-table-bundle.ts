import type { ColumnTable } from 'arquero';
import { display } from './display.ts';
import { escapeHtml } from './escape-html.ts';
import { columnType, formatValue, type FormattedValue } from './format-value.ts';
import type { MimeBundle } from './notebook-format.ts';

/** Options for {@link toTableBundle} and {@link showTable}. */
export interface TableBundleOptions {
  /** Rows shown at most; a longer table shows its first and last rows around a gap marker [=20]. */
  limit?: number;
  /** A caption shown above the table [=none]. */
  caption?: string;
}

/**
 * Renders an Arquero table as a MIME bundle: an HTML table whose header names each column with its type,
 * a row count, numbers right-aligned, missing values visibly marked, every value escaped; and an aligned
 * plain-text version of the same for consoles.
 * @param table The table to show.
 * @param options Row limit and caption.
 * @returns `{ 'text/html': …, 'text/plain': … }`.
 * @example
 * const bundle = toTableBundle(orders, { limit: 10 });
 */
export function toTableBundle(table: ColumnTable, { limit = 20, caption }: TableBundleOptions = {}): MimeBundle {
  const names = table.columnNames();
  const columns = names.map((name) => ({ name, values: Array.from(table.array(name) as ArrayLike<unknown>) }));
  return toGridBundle(columns, table.numRows(), { limit, caption });
}

/**
 * Shows an Arquero table as the cell's output (see {@link toTableBundle}).
 * @param table The table to show.
 * @param options Row limit and caption.
 * @example
 * showTable(cleanOrders(raw), { caption: 'Cleaned orders' });
 */
export function showTable(table: ColumnTable, options: TableBundleOptions = {}): void {
  display(toTableBundle(table, options));
}

/** A column given by name and values, the common ground of Arquero tables and SQL rows. */
export interface GridColumn {
  name: string;
  values: unknown[];
}

/**
 * Renders named columns of equal length as a table MIME bundle; {@link toTableBundle} and
 * `toRowsBundle` are built on it.
 * @param columns The columns, in display order.
 * @param rowCount The number of rows.
 * @param options Row limit and caption.
 * @returns `{ 'text/html': …, 'text/plain': … }`.
 * @example
 * toGridBundle([{ name: 'id', values: [1, 2] }], 2);
 */
export function toGridBundle(columns: GridColumn[], rowCount: number, { limit = 20, caption }: TableBundleOptions = {}): MimeBundle {
  const shown = shownRows(rowCount, Math.max(2, limit));
  const types = columns.map((column) => columnType(column.values));
  const cells = shown.map((row) => (row === GAP ? null : columns.map((column) => formatValue(column.values[row]))));
  const summary = `${rowCount} ${rowCount === 1 ? 'row' : 'rows'} × ${columns.length} ${columns.length === 1 ? 'column' : 'columns'}${
    shown.includes(GAP) ? `, showing the first ${shown.indexOf(GAP)} and last ${shown.length - shown.indexOf(GAP) - 1}` : ''
  }`;
  return { 'text/html': toHtml(columns, types, cells, summary, caption), 'text/plain': toText(columns, types, cells, summary, caption) };
}

const GAP = -1;

function shownRows(rowCount: number, limit: number): number[] {
  const all = Array.from({ length: rowCount }, (_, row) => row);
  if (rowCount <= limit) return all;
  const head = Math.ceil(limit / 2);
  return [...all.slice(0, head), GAP, ...all.slice(rowCount - (limit - head))];
}

const STYLE = {
  table: 'border-collapse:collapse;font:13px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace',
  th: 'border-bottom:1px solid currentColor;padding:2px 8px;text-align:left;vertical-align:bottom',
  type: 'display:block;font-weight:normal;opacity:.6;font-size:11px',
  td: 'padding:2px 8px;border-bottom:1px solid rgba(128,128,128,.25);white-space:pre',
  missing: 'opacity:.55;font-style:italic;background:rgba(255,160,0,.15)',
  gap: 'padding:2px 8px;text-align:center;opacity:.6',
  caption: 'text-align:left;font-weight:bold;padding:2px 8px',
  summary: 'font:12px system-ui,sans-serif;opacity:.7;margin:4px 8px',
};

// Styles are inline because the same HTML must look right in JupyterLab, VS Code and the exports,
// none of which shares a stylesheet with the others.
function toHtml(columns: GridColumn[], types: string[], cells: (FormattedValue[] | null)[], summary: string, caption?: string): string {
  const numericColumn = types.map((type) => type === 'number' || type === 'bigint');
  const head = columns
    .map((column, i) => `<th style="${STYLE.th}${numericColumn[i] ? ';text-align:right' : ''}">${escapeHtml(column.name)}<span style="${STYLE.type}">${escapeHtml(types[i]!)}</span></th>`)
    .join('');
  const body = cells
    .map((row) => {
      if (row === null) return `<tr><td colspan="${columns.length}" style="${STYLE.gap}">…</td></tr>`;
      const tds = row.map((value, i) => {
        const align = value.numeric || (value.missing && numericColumn[i]) ? ';text-align:right' : '';
        return value.missing
          ? `<td style="${STYLE.td}${align}"><span style="${STYLE.missing}" title="missing value">${escapeHtml(value.text)}</span></td>`
          : `<td style="${STYLE.td}${align}">${escapeHtml(value.text)}</td>`;
      });
      return `<tr>${tds.join('')}</tr>`;
    })
    .join('\n');
  const captionHtml = caption === undefined ? '' : `<caption style="${STYLE.caption}">${escapeHtml(caption)}</caption>`;
  return `<div class="etlbook-table"><table style="${STYLE.table}">${captionHtml}\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody></table>\n<p style="${STYLE.summary}">${escapeHtml(summary)}</p></div>`;
}

function toText(columns: GridColumn[], types: string[], cells: (FormattedValue[] | null)[], summary: string, caption?: string): string {
  const rows = cells.map((row) => (row === null ? null : row.map((value) => (value.missing ? `∅ ${value.text}` : value.text).replace(/\n/g, '\\n'))));
  const widths = columns.map((column, i) =>
    Math.max(column.name.length, types[i]!.length, ...rows.map((row) => (row === null ? 1 : row[i]!.length))),
  );
  const numeric = types.map((type) => type === 'number' || type === 'bigint');
  const line = (values: string[]) =>
    values.map((value, i) => (numeric[i] ? value.padStart(widths[i]!) : value.padEnd(widths[i]!))).join('  ').trimEnd();
  const lines = [
    ...(caption === undefined ? [] : [caption]),
    line(columns.map((column) => column.name)),
    line(types),
    line(widths.map((width) => '-'.repeat(width))),
    ...rows.map((row) => (row === null ? line(widths.map(() => '…')) : line(row))),
    summary,
  ];
  return lines.join('\n');
}
