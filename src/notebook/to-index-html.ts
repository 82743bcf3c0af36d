import type { NotebookDescription } from './describe-notebook.ts';
import { escapeHtml } from './escape-html.ts';
import { toHtmlPage } from './html-page.ts';

/** Options for {@link toIndexHtml}. */
export interface IndexHtmlOptions {
  /** The page heading [='Notebooks']. */
  title?: string;
  /** Link to the HTML report [='../report.html']. */
  reportHref?: string;
}

/**
 * Renders the index page of the exported notebooks: one link and one sentence per notebook, in the order given.
 * @param notebooks The notebooks, e.g. from `describeNotebook`.
 * @param options Title and report link.
 * @returns The HTML document.
 * @example
 * await writeFile('exports/notebooks/index.html', toIndexHtml(descriptions));
 */
export function toIndexHtml(notebooks: NotebookDescription[], { title = 'Notebooks', reportHref = '../report.html' }: IndexHtmlOptions = {}): string {
  const items = notebooks.map(
    (entry) =>
      `<li><a href="${escapeHtml(encodeURIComponent(entry.name))}.html">${escapeHtml(entry.title)}</a> <code>${escapeHtml(entry.name)}.ipynb</code><br><span class="summary">${escapeHtml(entry.summary)}</span></li>`,
  );
  const body = `<header class="site"><a href="${escapeHtml(reportHref)}">Report</a></header>
<main>
<h1>${escapeHtml(title)}</h1>
<ul class="notebooks">
${items.join('\n')}
</ul>
</main>`;
  return toHtmlPage({ title, body });
}
