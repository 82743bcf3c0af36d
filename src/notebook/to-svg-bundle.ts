import { display } from './display.ts';
import type { MimeBundle } from './notebook-format.ts';

/** Options for {@link toSvgBundle} and {@link showSvg}. */
export interface SvgBundleOptions {
  /** The plain-text stand-in for consoles [=the SVG's aria-label or title, else "SVG image"]. */
  alt?: string;
}

/**
 * Renders a chart or diagram as a MIME bundle: a bare `<svg>` as `image/svg+xml`, anything else (a Plot
 * `<figure>` with legend and title) as `text/html`; both with a `text/plain` stand-in.
 * @param chart An element (`outerHTML` is used) or SVG/HTML markup, e.g. a Plot chart or a DFD's SVG.
 * @param options The text stand-in.
 * @returns The MIME bundle.
 * @example
 * toSvgBundle(chartMonthlyRevenue(revenue));
 */
export function toSvgBundle(chart: string | { outerHTML: string }, { alt }: SvgBundleOptions = {}): MimeBundle {
  const markup = (typeof chart === 'string' ? chart : chart.outerHTML).trim();
  const label = alt ?? /aria-label="([^"]*)"/.exec(markup)?.[1] ?? /<title>([^<]*)<\/title>/.exec(markup)?.[1] ?? 'SVG image';
  const text = `[${decodeEntities(label)}]`;
  if (/^(<\?xml[^>]*>\s*)?<svg[\s>]/.test(markup)) {
    const svg = markup.replace(/^<\?xml[^>]*>\s*/, '');
    // With an xmlns the SVG also renders as an image file (JupyterLab shows image/svg+xml as <img>).
    const standalone = /^<svg[^>]*\sxmlns=/.test(svg) ? svg : svg.replace(/^<svg/, '<svg xmlns="http://www.w3.org/2000/svg"');
    return { 'image/svg+xml': standalone, 'text/plain': text };
  }
  return { 'text/html': markup, 'text/plain': text };
}

/**
 * Shows a chart or diagram as the cell's output (see {@link toSvgBundle}).
 * @param chart An element or SVG/HTML markup.
 * @param options The text stand-in.
 * @example
 * showSvg(await renderDataFlowDiagram());
 */
export function showSvg(chart: string | { outerHTML: string }, options: SvgBundleOptions = {}): void {
  display(toSvgBundle(chart, options));
}

function decodeEntities(text: string): string {
  // The label came out of markup; it is decoded for plain text and only ever shown escaped again.
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}
