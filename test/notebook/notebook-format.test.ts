import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { checkNotebook, fromNotebookJson, toNotebookJson } from '../../src/notebook/notebook-format.ts';

const legacy = JSON.stringify({
  nbformat: 4,
  nbformat_minor: 2,
  metadata: {},
  cells: [
    { cell_type: 'markdown', metadata: {}, source: ['# Title\n', 'Text'] },
    { cell_type: 'code', metadata: {}, source: 'x', execution_count: null, outputs: [] },
  ],
});

const parse = suite('fromNotebookJson(text)');

parse('upgrades to nbformat 4.5 with stable cell ids', () => {
  const a = fromNotebookJson(legacy);
  assert.is(a.nbformat_minor, 5);
  assert.equal(a.cells.map((cell) => cell.id), fromNotebookJson(legacy).cells.map((cell) => cell.id));
  assert.equal(checkNotebook(JSON.parse(toNotebookJson(a))), []);
  assert.is(a.cells[0]?.source, '# Title\nText');
});

parse.run();

const write = suite('toNotebookJson(notebook)');

write('writes sources as lines with sorted keys, the same bytes every time', () => {
  const text = toNotebookJson(fromNotebookJson(legacy));
  assert.is(text, toNotebookJson(fromNotebookJson(text)));
  assert.match(text, /"source": \[\n {4}"# Title\\n",\n {4}"Text"\n {3}\]/);
});

write.run();

const check = suite('checkNotebook(value)');

check('reports missing ids, bad outputs and leftover transient fields', () => {
  const problems = checkNotebook({
    nbformat: 4,
    nbformat_minor: 5,
    metadata: {},
    cells: [{ cell_type: 'code', metadata: {}, source: '', execution_count: 1, outputs: [{ output_type: 'display_data', data: {}, metadata: {}, transient: {} }, { output_type: 'stream', text: 'x' }] }],
  });
  assert.equal(problems, ['cell 1 has no valid id', 'cell 1 output 1 keeps a transient field', 'cell 1 output 2 is a malformed stream']);
});

check.run();
