import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { checkNotebook, toNotebookJson } from '../../src/notebook/notebook-format.ts';
import { runNotebook } from '../../src/notebook/run-notebook.ts';
import { isRunning, loadFixture } from './helpers.ts';

const test = suite('runNotebook(notebook, options)');

test('collects stream, display_data and the last expression of each cell, with execution counts', async () => {
  const { notebook, failure, kernelPid } = await runNotebook(await loadFixture('three-cells'));
  assert.is(failure, undefined);
  const code = notebook.cells.filter((cell) => cell.cell_type === 'code');
  assert.equal(
    code.map((cell) => (cell.cell_type === 'code' ? [cell.execution_count, cell.outputs] : [])),
    [
      [1, [{ output_type: 'stream', name: 'stdout', text: 'hello from tslab\n' }]],
      [2, [{ output_type: 'display_data', data: { 'text/html': '<b>bold</b>', 'text/plain': 'bold' }, metadata: {} }]],
      // tslab prints a cell's last expression on stdout instead of sending execute_result.
      [3, [{ output_type: 'stream', name: 'stdout', text: '42\n' }]],
    ],
  );
  assert.not.ok(isRunning(kernelPid), 'the kernel process is gone');
});

test('writes an executed notebook that passes the nbformat 4.5 structural check', async () => {
  const { notebook, kernelPid } = await runNotebook(await loadFixture('three-cells'));
  assert.equal(checkNotebook(JSON.parse(toNotebookJson(notebook))), []);
  assert.equal((notebook.metadata.kernelspec as { name: string }).name, 'etlbook');
  assert.not.ok(isRunning(kernelPid));
});

test('runs a notebook from a sub-folder that imports project code from src/', async () => {
  const { notebook, failure, kernelPid } = await runNotebook(await loadFixture('sub/orders'));
  assert.is(failure, undefined);
  const table = notebook.cells[1];
  assert.ok(table?.cell_type === 'code' && table.outputs[0]?.output_type === 'display_data');
  if (table?.cell_type === 'code' && table.outputs[0]?.output_type === 'display_data') {
    assert.match(table.outputs[0].data['text/html']!, /Ada &amp; Co/);
    assert.match(table.outputs[0].data['text/plain']!, /3 rows × 3 columns/);
  }
  assert.not.ok(isRunning(kernelPid));
});

test('stops at a failing cell and names its number, first line and error', async () => {
  const { notebook, failure, kernelPid } = await runNotebook(await loadFixture('failing'));
  assert.ok(failure);
  assert.is(failure!.cellNumber, 2);
  assert.is(failure!.firstLine, 'const rows = [1, 2];');
  assert.is(failure!.ename, 'Error');
  assert.is(failure!.evalue, 'no orders <today>');
  assert.ok(failure!.traceback.some((line) => line.includes('no orders <today>')));
  const [, failed, after] = notebook.cells;
  assert.ok(failed?.cell_type === 'code' && failed.outputs.some((output) => output.output_type === 'error'));
  assert.ok(after?.cell_type === 'code' && after.execution_count === null && after.outputs.length === 0, 'later cells do not run');
  assert.not.ok(isRunning(kernelPid));
});

test('interrupts a cell that runs past the timeout and reports it', async () => {
  const { failure, kernelPid } = await runNotebook(await loadFixture('timeout'), { timeoutSeconds: 2 });
  assert.is(failure?.ename, 'TimeoutError');
  assert.is(failure?.cellNumber, 1);
  // This line comes from tslab itself, so the interrupt reached the kernel rather than the kill after it.
  assert.ok(failure?.traceback.some((line) => line.includes('Interrupted asynchronously')));
  assert.not.ok(isRunning(kernelPid));
});

test.run();
