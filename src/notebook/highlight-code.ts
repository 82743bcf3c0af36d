import hljs from 'highlight.js/lib/core';
import sql from 'highlight.js/lib/languages/sql';
import typescript from 'highlight.js/lib/languages/typescript';
import { escapeHtml } from './escape-html.ts';

hljs.registerLanguage('typescript', typescript);
hljs.registerLanguage('sql', sql);

const ALIASES: Record<string, string> = { ts: 'typescript', typescript: 'typescript', js: 'typescript', javascript: 'typescript', sql: 'sql', postgresql: 'sql', pgsql: 'sql' };

/**
 * Highlights TypeScript or SQL source as HTML spans with highlight.js classes; other languages are only escaped.
 * @param code The source text.
 * @param language `typescript`, `ts`, `sql`, … [='typescript'].
 * @returns HTML to put inside `<pre><code class="hljs">`.
 * @example
 * highlightCode('select 1 as one', 'sql');
 */
export function highlightCode(code: string, language = 'typescript'): string {
  const name = ALIASES[language.toLowerCase()];
  return name ? hljs.highlight(code, { language: name, ignoreIllegals: true }).value : escapeHtml(code);
}
