import type { Notebook } from './notebook-format.ts';

/** A notebook's name, title and one-sentence summary, as listed on the index page. */
export interface NotebookDescription {
  /** The file name without `.ipynb`, e.g. `01_ingest`. */
  name: string;
  title: string;
  summary: string;
}

/**
 * Describes a notebook: the title is the first markdown heading, the summary is `metadata.etlbook.summary`
 * when set, else the first sentence of the first paragraph of markdown.
 * @param notebook The notebook.
 * @param name Its file name without extension, used as the title when there is no heading.
 * @returns Name, title and summary (plain text, not escaped).
 * @example
 * describeNotebook(notebook, '01_ingest').summary; // 'Loads the raw CSV exports into Arquero tables.'
 */
export function describeNotebook(notebook: Notebook, name: string): NotebookDescription {
  const markdown = notebook.cells.filter((cell) => cell.cell_type === 'markdown').map((cell) => cell.source);
  const lines = markdown.join('\n\n').split('\n');
  const heading = lines.find((line) => /^#{1,6}\s/.test(line));
  const title = heading ? plain(heading.replace(/^#{1,6}\s+/, '')) : name;
  const configured = (notebook.metadata.etlbook as { summary?: unknown } | undefined)?.summary;
  return { name, title, summary: typeof configured === 'string' ? configured : firstSentence(markdown) };
}

function firstSentence(markdown: string[]): string {
  for (const source of markdown) {
    for (const block of source.split(/\n\s*\n/)) {
      const text = block.trim();
      // A paragraph, not a heading, list, quote, table, fence or raw HTML.
      if (text === '' || /^(#|[-*+] |\d+\. |>|\||```|<)/.test(text)) continue;
      const flat = plain(text.replace(/\s+/g, ' '));
      return /^.*?[.!?](?=\s|$)/.exec(flat)?.[0] ?? flat;
    }
  }
  return '';
}

function plain(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[`*_]/g, '')
    .trim();
}
