import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { describeNode, kindName } from '../../src/dfd/describe-node.ts';

const describeSuite = suite('describeNode(node)');

describeSuite('names an external entity by its label', () => {
  assert.is(describeNode({ kind: 'external', id: 'E1', label: 'Google Ads', description: '' }), 'external entity "Google Ads"');
});

describeSuite('names a process by its number and label', () => {
  assert.is(describeNode({ kind: 'process', id: '1.2', label: 'Score leads', description: '' }), 'process 1.2 "Score leads"');
});

describeSuite('names a data store by its id and label', () => {
  assert.is(describeNode({ kind: 'store', id: 'D2', label: 'BigQuery', description: '' }), 'data store "D2 BigQuery"');
});

const kindSuite = suite('kindName(kind)');

kindSuite('spells out each kind in words', () => {
  assert.equal([kindName('external'), kindName('process'), kindName('store')], ['external entity', 'process', 'data store']);
});

describeSuite.run();
kindSuite.run();
