import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { checkBalance } from '../../src/dfd/check-balance.ts';
import type { Dfd, DfdNode } from '../../src/dfd/model.ts';
import { validateDfd } from '../../src/dfd/validate-dfd.ts';

const googleAds: DfdNode = { kind: 'external', id: 'E1', label: 'Google Ads', description: '' };
const linkedIn: DfdNode = { kind: 'external', id: 'E2', label: 'LinkedIn', description: '' };
const salesforce: DfdNode = { kind: 'store', id: 'D1', label: 'Salesforce', description: '' };
const processNode = (id: string, label: string): DfdNode => ({ kind: 'process', id, label, description: '' });

const level0: Dfd = {
  name: 'top',
  title: 'Top',
  level: 0,
  description: '',
  nodes: [googleAds, processNode('1', 'Generate leads'), salesforce, processNode('2', 'Sync'), linkedIn],
  flows: [
    { id: 'F1', from: 'E1', to: '1', data: 'ad clicks' },
    { id: 'F2', from: '1', to: 'D1', data: 'scored leads' },
    { id: 'F3', from: 'D1', to: '2', data: 'leads' },
    { id: 'F4', from: '2', to: 'E2', data: 'audiences' },
  ],
};

const balanced: Dfd = {
  name: 'child',
  title: 'Child',
  level: 1,
  parent: { diagram: level0, process: '1' },
  description: '',
  nodes: [googleAds, processNode('1.1', 'Track clicks'), processNode('1.2', 'Score'), salesforce],
  flows: [
    { id: 'F1', from: 'E1', to: '1.1', data: 'ad clicks' },
    { id: 'F2', from: '1.1', to: '1.2', data: 'sessions' },
    { id: 'F3', from: '1.2', to: 'D1', data: 'scored leads' },
  ],
};

const balanceSuite = suite('checkBalance(dfd)');

balanceSuite('accepts a level-1 diagram with the same inputs and outputs as its parent process', () => {
  assert.equal(checkBalance(balanced), []);
  assert.equal(validateDfd(balanced), []);
});

balanceSuite('reports an input of the parent process that the level-1 diagram lost', () => {
  const dfd: Dfd = { ...balanced, flows: balanced.flows.map((flow) => (flow.id === 'F1' ? { ...flow, data: 'clicks' } : flow)) };
  const messages = checkBalance(dfd).map((issue) => issue.message);
  assert.equal(messages, [
    'the input "ad clicks" from external entity "Google Ads" of process 1 "Generate leads" (flow F1 in diagram "top") is missing here',
    'flow F1 is an input "clicks" from external entity "Google Ads", but process 1 "Generate leads" has no such input in diagram "top"',
  ]);
});

balanceSuite('reports an output the parent process does not have, naming the flow and the outside node', () => {
  const dfd: Dfd = {
    ...balanced,
    nodes: [...balanced.nodes, linkedIn],
    flows: [...balanced.flows, { id: 'F4', from: '1.2', to: 'E2', data: 'audiences' }],
  };
  const [issue] = checkBalance(dfd);
  assert.is(issue.rule, 'balance');
  assert.is(issue.message, 'flow F4 is an output "audiences" to external entity "LinkedIn", but process 1 "Generate leads" has no such output in diagram "top"');
  assert.equal(issue.nodes, ['E2']);
  assert.equal(issue.flows, ['F4']);
});

balanceSuite('compares the outside node as well as the data label', () => {
  const dfd: Dfd = {
    ...balanced,
    nodes: [...balanced.nodes, linkedIn],
    flows: balanced.flows.map((flow) => (flow.id === 'F1' ? { ...flow, from: 'E2' } : flow)),
  };
  assert.equal(checkBalance(dfd).length, 2);
});

balanceSuite('reports an outside node whose label differs from the parent diagram', () => {
  const dfd: Dfd = { ...balanced, nodes: balanced.nodes.map((node) => (node.id === 'D1' ? { ...node, label: 'CRM' } : node)) };
  assert.equal(checkBalance(dfd).map((issue) => issue.message), [
    'data store "D1 CRM" is data store "D1 Salesforce" in diagram "top"; an outside node keeps its kind and label',
  ]);
});

balanceSuite('reports a flow that lies entirely outside the decomposed process', () => {
  const dfd: Dfd = {
    ...balanced,
    nodes: [...balanced.nodes, processNode('2', 'Sync')],
    flows: [...balanced.flows, { id: 'F4', from: 'D1', to: '2', data: 'leads' }],
  };
  assert.equal(checkBalance(dfd).map((issue) => issue.message), [
    'flow F4 connects data store "D1 Salesforce" to process 2 "Sync", both outside process 1 "Generate leads"; it belongs in diagram "top"',
  ]);
});

balanceSuite('reports a parent process that the parent diagram does not have', () => {
  const dfd: Dfd = { ...balanced, parent: { diagram: level0, process: '7' } };
  assert.equal(checkBalance(dfd).map((issue) => issue.message), ['diagram "child" decomposes process 7, which diagram "top" does not have']);
});

balanceSuite('is part of validateDfd for level-1 diagrams', () => {
  const dfd: Dfd = { ...balanced, flows: balanced.flows.filter((flow) => flow.id !== 'F1').concat({ id: 'F9', from: 'E1', to: '1.1', data: 'views' }) };
  assert.ok(validateDfd(dfd).some((issue) => issue.rule === 'balance' && issue.nodes.includes('E1')));
});

balanceSuite.run();
