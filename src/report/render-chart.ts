import { createRequire } from 'node:module';
import * as Plot from '@observablehq/plot';
import type * as Jsdom from 'jsdom';
import { escapeHtml } from './escape-html.ts';
import { PALETTE } from './palette.ts';

/** A swatch in a chart's legend. */
export interface LegendItem {
  label: string;
  color: string;
  /** Draw the swatch as a dashed line instead of a block [false]. */
  dashed?: boolean;
}

/** The words around a chart: what it shows and what it finds. */
export interface ChartFrame {
  /** Prefix for every id in the SVG; must be unique in the page. */
  id: string;
  /** The finding, e.g. "Chat leads with $1.2M". */
  title: string;
  /** What is plotted, with units and caveats. */
  subtitle: string;
  /** A longer text for screen readers, read after title and subtitle. */
  description?: string;
  legend?: LegendItem[];
  /** Font size of the plot's axes and labels in pixels [12]. */
  fontSize?: number;
}

const TITLE_SIZE = 17;
const SUBTITLE_SIZE = 13;
const LEGEND_SIZE = 12;

// One window for every chart: building a JSDOM costs far more than a chart does. jsdom itself
// takes over half a second to load, so it is loaded on first use: commands that draw nothing
// never pay for it.
const requireCjs = createRequire(import.meta.url);
let sharedDocument: Document | undefined;
function plotDocument(): Document {
  sharedDocument ??= new (requireCjs('jsdom') as typeof Jsdom).JSDOM('').window.document;
  return sharedDocument;
}

/**
 * Loads the DOM charts are drawn in, ahead of the first chart: for a moment when the caller
 * only waits (on the database, say), so that the first chart does not wait for it.
 * @example
 * warmUpCharts();
 */
export function warmUpCharts(): void {
  plotDocument();
}

// SVG text does not wrap, so lines are broken on an estimated average glyph width; the
// estimate errs wide so a line never runs past the edge.
function wrap(text: string, width: number, fontSize: number, bold: boolean): string[] {
  const perLine = Math.max(8, Math.floor(width / (fontSize * (bold ? 0.6 : 0.54))));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > perLine) {
      lines.push(line);
      line = '';
    }
    line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function textBlock(lines: string[], top: number, fontSize: number, attributes: string): string {
  const lineHeight = Math.round(fontSize * 1.3);
  const spans = lines
    .map((line, index) => `<tspan x="0" y="${top + fontSize + index * lineHeight}">${escapeHtml(line)}</tspan>`)
    .join('');
  return `<text ${attributes} font-size="${fontSize}">${spans}</text>`;
}

function legendBlock(items: LegendItem[], top: number, width: number): { markup: string; height: number } {
  const rowHeight = 18;
  let x = 0;
  let y = top;
  const parts: string[] = [];
  for (const item of items) {
    const itemWidth = 22 + Math.ceil(item.label.length * LEGEND_SIZE * 0.54) + 16;
    if (x > 0 && x + itemWidth > width) {
      x = 0;
      y += rowHeight;
    }
    const swatch = item.dashed
      ? `<line x1="${x}" x2="${x + 16}" y1="${y + 9}" y2="${y + 9}" stroke="${item.color}" stroke-width="2" stroke-dasharray="4,3"/>`
      : `<rect x="${x}" y="${y + 3}" width="16" height="12" rx="2" fill="${item.color}"/>`;
    parts.push(`<g>${swatch}<text x="${x + 22}" y="${y + 13}" font-size="${LEGEND_SIZE}">${escapeHtml(item.label)}</text></g>`);
    x += itemWidth;
  }
  return { markup: `<g class="etl-chart-legend" fill="currentColor">${parts.join('')}</g>`, height: y - top + rowHeight };
}

// Plot numbers clip paths and markers with a process-wide counter; renaming them in order
// of appearance makes the markup depend only on the chart.
function normalizeIds(markup: string, prefix: string): string {
  const ids = [...new Set([...markup.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]))];
  return ids.reduce(
    (result, id, index) =>
      result
        .split(`id="${id}"`)
        .join(`id="${prefix}-ref-${index}"`)
        .split(`url(#${id})`)
        .join(`url(#${prefix}-ref-${index})`)
        .split(`href="#${id}"`)
        .join(`href="#${prefix}-ref-${index}"`),
    markup,
  );
}

/**
 * Renders Plot options to a standalone, accessible SVG string: the finding as a visible title,
 * a subtitle and legend above the plot, `role="img"` with `<title>` and `<desc>`, and ids and
 * class names that depend only on `frame.id`, so the bytes are reproducible.
 * @param plotOptions Observable Plot options; `width` is required
 * @param frame title, subtitle, legend and the id prefix
 * @returns SVG markup
 * @example renderChart({width: 640, marks: [Plot.barY([1, 2])]}, {id: 'bars', title: 'Two wins', subtitle: 'Counts'})
 */
export function renderChart(plotOptions: Plot.PlotOptions & { width: number }, frame: ChartFrame): string {
  const { width } = plotOptions;
  const svg = Plot.plot({ ...plotOptions, document: plotDocument(), className: `${frame.id}-plot` }) as unknown as SVGSVGElement;
  const plotHeight = Number(svg.getAttribute('height'));
  svg.setAttribute('font-size', String(frame.fontSize ?? 12));
  const keep = ['class', 'fill', 'font-family', 'font-size', 'text-anchor', 'style'];
  const plotAttributes = keep
    .filter((name) => svg.hasAttribute(name))
    .map((name) => `${name}="${escapeHtml(svg.getAttribute(name))}"`)
    .join(' ');

  const titleLines = wrap(frame.title, width, TITLE_SIZE, true);
  const subtitleLines = wrap(frame.subtitle, width, SUBTITLE_SIZE, false);
  const subtitleTop = Math.round(titleLines.length * TITLE_SIZE * 1.3) + 4;
  const legendTop = subtitleTop + Math.round(subtitleLines.length * SUBTITLE_SIZE * 1.3) + 8;
  const legend = frame.legend?.length ? legendBlock(frame.legend, legendTop, width) : { markup: '', height: 0 };
  const plotTop = legendTop + legend.height + 6;
  const height = plotTop + plotHeight;
  const description = [frame.subtitle, frame.description].filter(Boolean).join(' ');

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="etl-chart" id="${escapeHtml(frame.id)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${escapeHtml(frame.id)}-title ${escapeHtml(frame.id)}-desc" font-family="system-ui, sans-serif" fill="currentColor">`,
    `<title id="${escapeHtml(frame.id)}-title">${escapeHtml(frame.title)}</title>`,
    `<desc id="${escapeHtml(frame.id)}-desc">${escapeHtml(description)}</desc>`,
    textBlock(titleLines, 0, TITLE_SIZE, 'class="etl-chart-title" font-weight="700"'),
    textBlock(subtitleLines, subtitleTop, SUBTITLE_SIZE, `class="etl-chart-subtitle" fill="${PALETTE.subtle}"`),
    legend.markup,
    `<g transform="translate(0,${plotTop})" ${plotAttributes}>${normalizeIds(svg.innerHTML, frame.id)}</g>`,
    '</svg>',
  ].join('\n');
}
