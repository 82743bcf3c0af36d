import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { createMessage } from '../../src/notebook/jupyter-message.ts';
import { toOutputs } from '../../src/notebook/to-outputs.ts';

const msg = (type: string, content: Record<string, unknown>) => createMessage(type, content, { session: 's', msgId: type, date: 'd' });

const test = suite('toOutputs(messages, options)');

test('merges consecutive chunks of the same stream, however the kernel split them', () => {
  const outputs = toOutputs([msg('stream', { name: 'stdout', text: 'a' }), msg('stream', { name: 'stdout', text: 'b\n' }), msg('stream', { name: 'stderr', text: 'w\n' })]);
  assert.equal(outputs, [
    { output_type: 'stream', name: 'stdout', text: 'ab\n' },
    { output_type: 'stream', name: 'stderr', text: 'w\n' },
  ]);
});

test('keeps execute_result with its execution count and drops transient display ids', () => {
  const outputs = toOutputs([
    msg('display_data', { data: { 'text/html': '<b>x</b>', 'text/plain': 'x' }, metadata: {}, transient: { display_id: 'r4nd0m' } }),
    msg('execute_result', { execution_count: 3, data: { 'text/plain': '42' }, metadata: {} }),
  ]);
  assert.equal(outputs, [
    { output_type: 'display_data', data: { 'text/html': '<b>x</b>', 'text/plain': 'x' }, metadata: {} },
    { output_type: 'execute_result', execution_count: 3, data: { 'text/plain': '42' }, metadata: {} },
  ]);
});

test('applies update_display_data to the output with the same display id', () => {
  const outputs = toOutputs([
    msg('display_data', { data: { 'text/plain': 'loading' }, metadata: {}, transient: { display_id: 'p' } }),
    msg('update_display_data', { data: { 'text/plain': 'done' }, metadata: {}, transient: { display_id: 'p' } }),
  ]);
  assert.equal(outputs, [{ output_type: 'display_data', data: { 'text/plain': 'done' }, metadata: {} }]);
});

test('clear_output removes earlier outputs', () => {
  const outputs = toOutputs([msg('stream', { name: 'stdout', text: 'old\n' }), msg('clear_output', { wait: false }), msg('stream', { name: 'stdout', text: 'new\n' })]);
  assert.equal(outputs, [{ output_type: 'stream', name: 'stdout', text: 'new\n' }]);
});

test('replaces the project path so outputs are the same in every clone', () => {
  const outputs = toOutputs([msg('error', { ename: 'Error', evalue: 'x', traceback: ['at /home/ci/etlbook/src/a.ts:1'] })], { replacePaths: { '/home/ci/etlbook': '.' } });
  assert.equal(outputs, [{ output_type: 'error', ename: 'Error', evalue: 'x', traceback: ['at ./src/a.ts:1'] }]);
});

test.run();
