import { describeNotebook, type NotebookDescription } from './describe-notebook.ts';
import { escapeHtml } from './escape-html.ts';
import { highlightCode } from './highlight-code.ts';
import { toHtmlPage } from './html-page.ts';
import type { Cell, Notebook, Output } from './notebook-format.ts';
import { renderMarkdown, type Heading } from './render-markdown.ts';
import { stripAnsi } from './strip-ansi.ts';

/** Options for {@link toNotebookHtml}. */
export interface NotebookHtmlOptions {
  /** All notebooks of the book in reading order, for previous/next links [=only this one]. */
  notebooks?: NotebookDescription[];
  /** Link to the HTML report [='../report.html']. */
  reportHref?: string;
  /** Link to the notebooks' index page [='index.html']. */
  indexHref?: string;
}

/**
 * Renders an executed notebook as a self-contained HTML page: markdown rendered, TypeScript highlighted,
 * every output shown (text escaped, HTML and SVG inline), a table of contents, links to the other
 * notebooks and the report. Cells tagged `hide-input` show only their outputs, `hide-output` only their
 * code, `remove-cell` nothing. The same notebook always gives the same bytes.
 * @param notebook The executed notebook.
 * @param name Its file name without `.ipynb`.
 * @param options Sibling notebooks and link targets.
 * @returns The HTML document.
 * @example
 * await writeFile('exports/notebooks/01_ingest.html', toNotebookHtml(executed, '01_ingest', { notebooks }));
 */
export function toNotebookHtml(
  notebook: Notebook,
  name: string,
  { notebooks, reportHref = '../report.html', indexHref = 'index.html' }: NotebookHtmlOptions = {},
): string {
  const self = describeNotebook(notebook, name);
  const book = notebooks ?? [self];
  const at = book.findIndex((entry) => entry.name === name);
  const usedIds = new Set(['contents']);
  const headings: Heading[] = [];
  const cells = notebook.cells
    .filter((cell) => !tags(cell).includes('remove-cell'))
    .map((cell) => {
      if (cell.cell_type === 'code') return renderCodeCell(cell);
      if (cell.cell_type === 'raw') return `<section class="cell raw" id="${cellAnchor(cell)}"><pre>${escapeHtml(cell.source)}</pre></section>`;
      const rendered = renderMarkdown(cell.source, usedIds);
      headings.push(...rendered.headings);
      return `<section class="cell markdown" id="${cellAnchor(cell)}">\n${linkNotebooks(rendered.html)}</section>`;
    });
  const link = (entry: NotebookDescription | undefined, rel: string, label: string) =>
    entry ? `<a rel="${rel}" href="${escapeHtml(encodeURIComponent(entry.name))}.html">${label}: ${escapeHtml(entry.title)}</a>` : '';
  const header = `<header class="site"><a href="${escapeHtml(indexHref)}">All notebooks</a><a href="${escapeHtml(reportHref)}">Report</a><span class="spacer"></span>${link(book[at - 1], 'prev', '← Previous')}${link(book[at + 1], 'next', 'Next →')}</header>`;
  const footer = `<footer class="site"><span>${link(book[at - 1], 'prev', '←')}</span><span>${link(book[at + 1], 'next', '→')}</span></footer>`;
  const body = [header, toc(headings), `<main>\n${cells.join('\n')}\n</main>`, footer].join('\n');
  return toHtmlPage({ title: self.title, body });
}

function renderCodeCell(cell: Extract<Cell, { cell_type: 'code' }>): string {
  const cellTags = tags(cell);
  const prompt = `<div class="prompt">In [${cell.execution_count ?? ' '}]:</div>`;
  const source = cellTags.includes('hide-input') ? '' : `<div class="source">${prompt}<pre><code class="hljs language-typescript">${highlightCode(cell.source)}</code></pre></div>`;
  const outputs = cellTags.includes('hide-output') ? '' : cell.outputs.map(renderOutput).join('\n');
  return `<section class="cell code" id="${cellAnchor(cell)}">\n${source}${outputs}\n</section>`;
}

const MIME_ORDER = ['text/html', 'image/svg+xml', 'image/png', 'image/jpeg', 'text/markdown', 'text/plain'];

function renderOutput(output: Output): string {
  switch (output.output_type) {
    case 'stream':
      return `<div class="output stream ${output.name}"><pre>${escapeHtml(stripAnsi(output.text))}</pre></div>`;
    case 'error': {
      const text = output.traceback.length > 0 ? output.traceback.join('\n') : `${output.ename}: ${output.evalue}`;
      return `<div class="output error"><pre>${escapeHtml(stripAnsi(text))}</pre></div>`;
    }
    default: {
      const type = MIME_ORDER.find((mime) => output.data[mime] !== undefined);
      const value = type === undefined ? '' : output.data[type]!;
      switch (type) {
        case 'text/html':
          return `<div class="output html">${value}</div>`;
        case 'image/svg+xml':
          return `<div class="output svg">${value.replace(/^<\?xml[^>]*>\s*/, '')}</div>`;
        case 'image/png':
        case 'image/jpeg':
          return `<div class="output image"><img alt="${escapeHtml(output.data['text/plain'] ?? 'image')}" src="data:${type};base64,${value.replace(/\s/g, '')}"></div>`;
        case 'text/markdown':
          return `<div class="output markdown">${renderMarkdown(value).html}</div>`;
        case 'text/plain':
          return `<div class="output text"><pre>${escapeHtml(stripAnsi(value))}</pre></div>`;
        default:
          return '';
      }
    }
  }
}

function toc(headings: Heading[]): string {
  const shown = headings.filter((heading) => heading.depth <= 3);
  if (shown.length === 0) return '';
  const top = Math.min(...shown.map((heading) => heading.depth));
  const items = shown.map(
    (heading) => `<li style="margin-left:${(heading.depth - top) * 16}px"><a href="#${heading.id}">${escapeHtml(heading.text)}</a></li>`,
  );
  return `<nav class="toc" id="contents" aria-label="Contents"><strong>Contents</strong>\n<ul>\n${items.join('\n')}\n</ul></nav>`;
}

// Links between notebooks are written against the .ipynb files; in the export they point at the pages.
function linkNotebooks(html: string): string {
  return html.replace(/href="((?![a-z]+:|\/)[^"#]*?)\.ipynb(#[^"]*)?"/g, (_match, base: string, hash = '') => `href="${base.split('/').pop()}.html${hash}"`);
}

function cellAnchor(cell: Cell): string {
  return `cell-${escapeHtml(cell.id)}`;
}

function tags(cell: Cell): string[] {
  return Array.isArray(cell.metadata.tags) ? cell.metadata.tags : [];
}
