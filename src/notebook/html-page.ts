import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { escapeHtml } from './escape-html.ts';

/** Options for {@link toHtmlPage}. */
export interface HtmlPageOptions {
  /** The page title (plain text; escaped here). */
  title: string;
  /** The page body (HTML). */
  body: string;
}

/**
 * Wraps a body in a self-contained HTML page: no external resources, highlight.js's GitHub themes and the
 * page styles inlined, light or dark following the reader's `prefers-color-scheme`.
 * @param options Title and body.
 * @returns The whole document, ending with a newline.
 * @example
 * await writeFile('exports/notebooks/index.html', toHtmlPage({ title: 'Notebooks', body }));
 */
export function toHtmlPage({ title, body }: HtmlPageOptions): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${escapeHtml(title)}</title>
<style>
${pageStyles()}
</style>
</head>
<body>
${body}
</body>
</html>
`;
}

let styles: string | undefined;

function pageStyles(): string {
  styles ??= [PAGE_CSS, themeCss('github.css'), `@media (prefers-color-scheme: dark) {\n${DARK_PAGE_CSS}\n${themeCss('github-dark.css')}\n}`].join('\n');
  return styles;
}

function themeCss(file: string): string {
  const require = createRequire(import.meta.url);
  const css = readFileSync(require.resolve(`highlight.js/styles/${file}`), 'utf8');
  // The theme's own comments carry the licence and credits, kept; only the trailing blank lines go.
  return css.trim();
}

const PAGE_CSS = `:root { --fg: #1f2328; --bg: #ffffff; --muted: #59636e; --border: #d1d9e0; --code-bg: #f6f8fa; --error-bg: #fff0f0; --link: #0969da; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--fg); background: var(--bg); font: 16px/1.55 system-ui, -apple-system, "Segoe UI", sans-serif; }
main, header.site, nav.toc, footer.site { max-width: 980px; margin: 0 auto; padding: 0 24px; }
header.site { display: flex; gap: 16px; flex-wrap: wrap; padding-top: 16px; padding-bottom: 8px; border-bottom: 1px solid var(--border); font-size: 14px; }
header.site .spacer { flex: 1; }
footer.site { margin-top: 48px; padding-top: 8px; padding-bottom: 24px; border-top: 1px solid var(--border); font-size: 14px; display: flex; justify-content: space-between; }
a { color: var(--link); }
nav.toc { font-size: 14px; margin-top: 16px; }
nav.toc ul { margin: 4px 0; padding-left: 20px; }
.cell { margin: 16px 0; }
.cell .prompt { font: 12px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; color: var(--muted); margin-bottom: 2px; }
pre { margin: 0; padding: 10px 12px; overflow-x: auto; font: 13px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; border-radius: 6px; }
pre code.hljs { padding: 0; background: transparent; }
.source pre { background: var(--code-bg); border: 1px solid var(--border); }
.output { margin-top: 6px; overflow-x: auto; }
.output pre { background: transparent; padding: 4px 12px; }
.output.stderr pre { background: #fff8e6; }
.output.error pre { background: var(--error-bg); color: #a40e26; }
.output svg { max-width: 100%; height: auto; }
.markdown table { border-collapse: collapse; }
.markdown th, .markdown td { border: 1px solid var(--border); padding: 4px 8px; }
.markdown code { background: var(--code-bg); padding: 1px 4px; border-radius: 4px; font-size: 90%; }
.markdown pre { background: var(--code-bg); border: 1px solid var(--border); }
.markdown pre code { background: transparent; padding: 0; font-size: inherit; }
ul.notebooks { list-style: none; padding: 0; }
ul.notebooks li { margin: 12px 0; }
ul.notebooks .summary { color: var(--muted); }`;

const DARK_PAGE_CSS = `:root { --fg: #e6edf3; --bg: #0d1117; --muted: #9198a1; --border: #3d444d; --code-bg: #151b23; --error-bg: #2d1418; --link: #4493f8; }
.output.stderr pre { background: #2b2410; }
.output.error pre { color: #ff9492; }
.output .etlbook-table, .output.html { color-scheme: dark; }`;
