import { escapeHtml } from './escape-html.ts';

/** One column of an {@link htmlTable}. */
export interface TableColumn<Row> {
  /** Header text (escaped). */
  label: string;
  /** The cell's text for a row (escaped). */
  value: (row: Row) => string;
  /** Right-align with tabular figures, for numbers [false]. */
  numeric?: boolean;
  /** Let long unbroken text wrap anywhere, for hashes and paths [false]. */
  wrap?: boolean;
  /**
   * Text typed by people, such as customer names: isolated with `<bdi>` so right-to-left text
   * cannot reorder the row, and clamped to three lines on screen (the full text stays in the
   * page) [false].
   */
  name?: boolean;
  /** A second, smaller line in the cell, e.g. an ID under a name or a meaning under a code [none]. */
  detail?: (row: Row) => string;
}

/** Options for {@link htmlTable}. */
export interface HtmlTableOptions<Row> {
  columns: TableColumn<Row>[];
  /** Caption read by screen readers and shown above the table [none]. */
  caption?: string;
  /** Rows set apart in a `<tfoot>`, e.g. totals [none]. */
  footer?: Row[];
  /** Text shown instead of an empty body ['None.']. */
  empty?: string;
  /** On narrow screens, show each row as a card of "label: value" lines instead of columns [false]. */
  stack?: boolean;
}

function cells<Row>(row: Row, columns: TableColumn<Row>[], tag: 'td' | 'th'): string {
  return columns
    .map((column, index) => {
      const classes = [column.numeric ? 'num' : '', column.wrap || column.name ? 'wrap' : ''].filter(Boolean).join(' ');
      const cellTag = index === 0 && tag === 'th' ? 'th scope="row"' : tag;
      const text = escapeHtml(column.value(row));
      const main = column.name ? `<bdi class="clamp">${text}</bdi>` : text;
      const content = column.detail ? `${main}<span class="detail">${escapeHtml(column.detail(row))}</span>` : main;
      return `<${cellTag}${classes ? ` class="${classes}"` : ''} data-label="${escapeHtml(column.label)}">${content}</${cellTag.split(' ')[0]}>`;
    })
    .join('');
}

/**
 * Renders rows as an HTML table inside a horizontally scrolling wrapper, so a wide table
 * never widens the page. Every header and cell is escaped.
 * @param rows the body rows
 * @param options columns, caption, footer rows and the empty text
 * @returns HTML markup
 * @example htmlTable([{name: 'Chat', sales: 12}], {columns: [{label: 'Category', value: (r) => r.name}]})
 */
export function htmlTable<Row>(rows: Row[], { columns, caption, footer = [], empty = 'None.', stack = false }: HtmlTableOptions<Row>): string {
  const head = columns.map((column) => `<th scope="col"${column.numeric ? ' class="num"' : ''}>${escapeHtml(column.label)}</th>`).join('');
  const body = rows.length
    ? rows.map((row) => `<tr>${cells(row, columns, 'td')}</tr>`).join('\n')
    : `<tr><td colspan="${columns.length}">${escapeHtml(empty)}</td></tr>`;
  const foot = footer.length ? `\n<tfoot>${footer.map((row) => `<tr>${cells(row, columns, 'th')}</tr>`).join('')}</tfoot>` : '';
  return [
    '<div class="table-scroll">',
    stack ? '<table class="stack">' : '<table>',
    caption ? `<caption>${escapeHtml(caption)}</caption>` : '',
    `<thead><tr>${head}</tr></thead>`,
    `<tbody>\n${body}\n</tbody>${foot}`,
    '</table>',
    '</div>',
  ]
    .filter(Boolean)
    .join('\n');
}
