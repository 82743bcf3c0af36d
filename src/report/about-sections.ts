import type { InputFile, ReportData } from '../contract/answers.ts';
import { escapeHtml } from './escape-html.ts';
import { formatCount, formatDate } from './format.ts';
import { htmlTable } from './html-table.ts';

/** A link to another diagram of the data flow. */
export interface DiagramLink {
  title: string;
  href: string;
}

const DEFINITIONS: [string, string][] = [
  ['As-of date', 'Only payments dated on or before this day count: the figures are what was known that day. By default it is the date of the latest payment.'],
  ['Last 6 months (the window)', 'The six calendar months ending with the as-of month. When the as-of date is not a month end, that last month is partial and is labelled so.'],
  ['Revenue', 'The sum of all loaded payments in US dollars, converted at the month’s exchange rate; refunds are negative payments, so revenue is net of refunds.'],
  ['Average transaction', 'Revenue divided by the number of payments, per month or over the whole window.'],
  ['Revenue per paying customer', 'Revenue divided by the number of distinct customers who made at least one payment in the period. Over the window, a customer who paid in several months counts once.'],
  ['Monthly revenue growth', 'The change in revenue on the month before, in percent. It is “n/a” when the month before had no revenue.'],
  ['Total sales by category', 'All-time revenue of the subscriptions in each product category, up to the as-of date. Categories with no sales are listed at $0.'],
  ['Top users', 'Customers ranked by the total of all their payments, all time; ties go to the lower customer ID.'],
  ['Quarantined revenue', 'Rejected payments whose amount, currency and date could still be read: money the source systems recorded that these figures leave out.'],
];

/**
 * The metric definitions in plain language.
 * @returns HTML markup for a `<section>`
 * @example definitionsSection()
 */
export function definitionsSection(): string {
  const items = DEFINITIONS.map(([term, meaning]) => `<dt>${escapeHtml(term)}</dt><dd>${escapeHtml(meaning)}</dd>`).join('\n');
  return `<section id="definitions" aria-labelledby="definitions-heading">\n<h2 id="definitions-heading">What the figures mean</h2>\n<dl>\n${items}\n</dl>\n</section>`;
}

// The page promises to run no script, so a link may not be one.
function safeHref(href: string): string {
  if (/^\s*(javascript|data|vbscript):/i.test(href)) throw new Error(`refusing a script link in the report: ${href.slice(0, 40)}`);
  return escapeHtml(href);
}

/**
 * Checks that a diagram is plain SVG and returns it: no scripts, event handlers or embedded
 * HTML, since it goes into the page as markup rather than as escaped text.
 * @param svg SVG markup produced by the project's diagram code
 * @returns the same markup
 * @example trustedDiagramSvg('<svg viewBox="0 0 10 10"></svg>')
 */
export function trustedDiagramSvg(svg: string): string {
  if (!/^\s*(<\?xml[^>]*>\s*)?(<!DOCTYPE[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<svg[\s>]/i.test(svg)) throw new Error('the context diagram must be SVG markup');
  if (/<script|<foreignObject|\son[a-z]+\s*=|javascript:/i.test(svg)) throw new Error('the context diagram must not contain scripts, event handlers or embedded HTML');
  return svg.replace(/^\s*(<\?xml[^>]*>\s*)?(<!DOCTYPE[^>]*>\s*)?/i, '');
}

/**
 * The "Where the data comes from" section: the level-0 data-flow diagram and links to the
 * other diagrams. Empty when there is neither.
 * @param contextDiagramSvg the diagram's SVG markup, or undefined
 * @param links links to the other diagrams
 * @returns HTML markup for a `<section>`, or ""
 * @example dataFlowSection(svg, [{title: 'Level 1', href: 'diagrams/level-1.svg'}])
 */
export function dataFlowSection(contextDiagramSvg: string | undefined, links: DiagramLink[] = []): string {
  if (!contextDiagramSvg && links.length === 0) return '';
  const diagram = contextDiagramSvg ? `<figure class="diagram">${trustedDiagramSvg(contextDiagramSvg)}</figure>` : '';
  const list = links.length
    ? `<p>More diagrams:</p>\n<ul>${links.map((link) => `<li><a href="${safeHref(link.href)}">${escapeHtml(link.title)}</a></li>`).join('')}</ul>`
    : '';
  return [
    '<section id="data-flow" aria-labelledby="data-flow-heading">',
    '<h2 id="data-flow-heading">Where the data comes from</h2>',
    '<p>Customers and plans live in Nessy, payments in Stripe; their CSV exports are the inputs of this report.</p>',
    diagram,
    list,
    '</section>',
  ]
    .filter(Boolean)
    .join('\n');
}

/**
 * How the report was produced: the command, the as-of date, and each input file with its row
 * count and SHA-256, so anyone can check they have the same data.
 * @param data the report data
 * @param notebooksHref link to the notebooks that walk through the pipeline, or undefined
 * @returns HTML markup for a `<section>`
 * @example provenanceSection(reportData, 'notebooks/')
 */
export function provenanceSection(data: ReportData, notebooksHref?: string): string {
  const notebooks = notebooksHref
    ? `<p>Every step, from the raw files to these figures, is walked through in the <a href="${safeHref(notebooksHref)}">notebooks</a>.</p>`
    : '';
  return [
    '<section id="provenance" aria-labelledby="provenance-heading">',
    '<h2 id="provenance-heading">How this report was produced</h2>',
    `<p>Command: <code>${escapeHtml(data.command)}</code></p>`,
    `<p>As-of date: ${escapeHtml(formatDate(data.answers.as_of))}. The page is rebuilt byte for byte from the same inputs: it holds no timestamp and loads nothing from the network.</p>`,
    htmlTable<InputFile>(data.inputs, {
      caption: 'Input files',
      columns: [
        { label: 'File', value: (row) => row.file },
        { label: 'Data rows', value: (row) => formatCount(row.rows), numeric: true },
        { label: 'SHA-256', value: (row) => row.sha256, wrap: true },
      ],
      empty: 'No input files recorded.',
    }),
    notebooks,
    '</section>',
  ]
    .filter(Boolean)
    .join('\n');
}
