import { Marked, type Tokens } from 'marked';
import { highlightCode } from './highlight-code.ts';
import { escapeHtml } from './escape-html.ts';

/** A heading found while rendering, for the table of contents. */
export interface Heading {
  depth: number;
  /** The heading's plain text. */
  text: string;
  /** The id given to the heading element, unique within the page. */
  id: string;
}

/**
 * Renders notebook markdown to HTML with marked: headings get stable, unique ids (collected for the
 * table of contents) and fenced TypeScript or SQL code is highlighted.
 * @param markdown The markdown source.
 * @param usedIds Ids already taken on the page; new ones are added [=a new set].
 * @returns The HTML and the headings in order.
 * @example
 * const { html, headings } = renderMarkdown('# Ingest\n\nLoads the CSV.');
 */
export function renderMarkdown(markdown: string, usedIds: Set<string> = new Set()): { html: string; headings: Heading[] } {
  const headings: Heading[] = [];
  const marked = new Marked({
    gfm: true,
    renderer: {
      heading({ tokens, depth, text }: Tokens.Heading) {
        const plain = text.replace(/<[^>]*>/g, '').replace(/[`*_]/g, '');
        const id = uniqueId(slug(plain), usedIds);
        headings.push({ depth, text: plain, id });
        return `<h${depth} id="${id}">${this.parser.parseInline(tokens)}</h${depth}>\n`;
      },
      code({ text, lang }: Tokens.Code) {
        const language = (lang ?? '').split(/\s/)[0] ?? '';
        return `<pre><code class="hljs">${highlightCode(text, language || 'text')}</code></pre>\n`;
      },
    },
  });
  return { html: marked.parse(markdown, { async: false }), headings };
}

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '') || 'section'
  );
}

function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return escapeHtml(id);
}
