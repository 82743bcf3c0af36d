import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Notebook } from '../../src/notebook/notebook-format.ts';
import { toNotebookHtml } from '../../src/notebook/to-html.ts';
import { toIndexHtml } from '../../src/notebook/to-index-html.ts';

const notebook: Notebook = {
  nbformat: 4,
  nbformat_minor: 5,
  metadata: {},
  cells: [
    { cell_type: 'markdown', id: 'm1', metadata: {}, source: '# Ingest & check\n\nLoads the CSV. See [next](02_transform.ipynb).\n\n## Check' },
    { cell_type: 'code', id: 'c1', metadata: {}, source: 'const n: number = 1;', execution_count: 1, outputs: [{ output_type: 'stream', name: 'stdout', text: '<b>not bold</b>\n' }] },
    { cell_type: 'code', id: 'c2', metadata: { tags: ['hide-input'] }, source: 'secretHelper()', execution_count: 2, outputs: [{ output_type: 'display_data', data: { 'image/svg+xml': '<svg><circle r="1"/></svg>', 'text/plain': '[chart]' }, metadata: {} }] },
    { cell_type: 'code', id: 'c3', metadata: {}, source: 'boom()', execution_count: 3, outputs: [{ output_type: 'error', ename: 'Error', evalue: 'x', traceback: ['\u001b[31mError: <x>\u001b[0m'] }] },
  ],
};
const book = [
  { name: '01_ingest', title: 'Ingest', summary: '' },
  { name: '02_transform', title: 'Transform', summary: '' },
];

const test = suite('toNotebookHtml(notebook, name, options)');

test('gives the same bytes when rendered twice', () => {
  assert.is(toNotebookHtml(notebook, '01_ingest', { notebooks: book }), toNotebookHtml(notebook, '01_ingest', { notebooks: book }));
});

test('escapes text outputs and strips ANSI colours from tracebacks', () => {
  const html = toNotebookHtml(notebook, '01_ingest');
  assert.match(html, /&lt;b&gt;not bold&lt;\/b&gt;/);
  assert.match(html, /Error: &lt;x&gt;/);
  assert.not.match(html, /\u001b/);
});

test('highlights code, inlines SVG, and hides the code of hide-input cells', () => {
  const html = toNotebookHtml(notebook, '01_ingest');
  assert.match(html, /<span class="hljs-keyword">const<\/span>/);
  assert.match(html, /<div class="output svg"><svg><circle r="1"\/><\/svg><\/div>/);
  assert.not.match(html, /secretHelper/);
});

test('has a table of contents and links to the next notebook, the index and the report', () => {
  const html = toNotebookHtml(notebook, '01_ingest', { notebooks: book });
  assert.match(html, /<a href="#ingest-check">Ingest &amp; check<\/a>/);
  assert.match(html, /<a href="#check">Check<\/a>/);
  assert.match(html, /<a rel="next" href="02_transform.html">Next →: Transform<\/a>/);
  assert.match(html, /href="02_transform.html">next<\/a>/);
  assert.match(html, /href="\.\.\/report.html"/);
  assert.match(html, /href="index.html"/);
});

test('is self-contained, with light and dark styles inlined', () => {
  const html = toNotebookHtml(notebook, '01_ingest');
  assert.not.match(html, /<link |<script|src="http/);
  assert.match(html, /@media \(prefers-color-scheme: dark\)/);
  assert.match(html, /\.hljs-keyword/);
});

test.run();

const index = suite('toIndexHtml(notebooks, options)');

index('lists each notebook with its sentence, escaped', () => {
  const html = toIndexHtml([{ name: '01_ingest', title: 'Ingest', summary: 'Loads <raw> CSV & checks it.' }]);
  assert.match(html, /<a href="01_ingest.html">Ingest<\/a>/);
  assert.match(html, /Loads &lt;raw&gt; CSV &amp; checks it\./);
});

index.run();
