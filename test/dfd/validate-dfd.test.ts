import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { DataFlow, Dfd, DfdNode } from '../../src/dfd/model.ts';
import { assertValidDfd, validateDfd, type DfdRule } from '../../src/dfd/validate-dfd.ts';

const googleAds: DfdNode = { kind: 'external', id: 'E1', label: 'Google Ads', description: '' };
const linkedIn: DfdNode = { kind: 'external', id: 'E2', label: 'LinkedIn', description: '' };
const enrich: DfdNode = { kind: 'process', id: '1', label: 'Enrich leads', description: '' };
const salesforce: DfdNode = { kind: 'store', id: 'D1', label: 'Salesforce', description: '' };
const bigQuery: DfdNode = { kind: 'store', id: 'D2', label: 'BigQuery', description: '' };

const valid: Dfd = {
  name: 'tiny',
  title: 'Tiny',
  level: 0,
  description: '',
  nodes: [googleAds, enrich, salesforce],
  flows: [
    { id: 'F1', from: 'E1', to: '1', data: 'ad clicks' },
    { id: 'F2', from: '1', to: 'D1', data: 'leads' },
  ],
};

const withChanges = (nodes: DfdNode[], flows: DataFlow[]): Dfd => ({ ...valid, nodes: [...valid.nodes, ...nodes], flows: [...valid.flows, ...flows] });
const rules = (dfd: Dfd): DfdRule[] => validateDfd(dfd).map((issue) => issue.rule);

const validateDfdSuite = suite('validateDfd(dfd)');

validateDfdSuite('accepts a diagram that follows every rule', () => {
  assert.equal(validateDfd(valid), []);
});

validateDfdSuite('rejects a flow to an undeclared node, naming the flow and the node', () => {
  const [issue] = validateDfd(withChanges([], [{ id: 'F3', from: '1', to: 'D9', data: 'leads' }]));
  assert.is(issue.rule, 'unknown-node');
  assert.is(issue.message, 'flow F3 refers to node D9, which is not declared');
  assert.equal(issue.flows, ['F3']);
});

validateDfdSuite('rejects a flow between two external entities', () => {
  const [issue] = validateDfd(withChanges([linkedIn], [{ id: 'F3', from: 'E1', to: 'E2', data: 'audiences' }]));
  assert.is(issue.rule, 'entity-to-entity');
  assert.match(issue.message, 'flow F3 connects external entity "Google Ads" to external entity "LinkedIn"');
  assert.equal(issue.nodes, ['E1', 'E2']);
});

validateDfdSuite('rejects a flow between two data stores', () => {
  const dfd = withChanges([bigQuery], [
    { id: 'F3', from: 'D1', to: 'D2', data: 'replicated tables' },
  ]);
  const [issue] = validateDfd(dfd);
  assert.is(issue.rule, 'store-to-store');
  assert.match(issue.message, 'flow F3 connects data store "D1 Salesforce" to data store "D2 BigQuery"');
});

validateDfdSuite('rejects a flow from an external entity to a data store without a process between them', () => {
  const [issue] = validateDfd(withChanges([bigQuery], [{ id: 'F7', from: 'E1', to: 'D2', data: 'ad costs' }]));
  assert.is(issue.rule, 'entity-to-store');
  assert.is(issue.message, 'flow F7 connects external entity "Google Ads" to data store "D2 BigQuery" without a process between them');
});

validateDfdSuite('rejects a flow from a data store to an external entity the same way', () => {
  assert.equal(rules(withChanges([linkedIn], [{ id: 'F3', from: 'D1', to: 'E2', data: 'audiences' }])), ['entity-to-store']);
});

validateDfdSuite('rejects a process without an input', () => {
  const dfd: Dfd = { ...valid, flows: [{ id: 'F1', from: '1', to: 'D1', data: 'leads' }, { id: 'F2', from: '1', to: 'E1', data: 'audiences' }] };
  const [issue] = validateDfd(dfd);
  assert.is(issue.rule, 'process-input');
  assert.match(issue.message, 'process 1 "Enrich leads" has no input flow');
});

validateDfdSuite('rejects a process without an output', () => {
  const dfd: Dfd = { ...valid, flows: [{ id: 'F1', from: 'E1', to: '1', data: 'ad clicks' }, { id: 'F2', from: 'D1', to: '1', data: 'leads' }] };
  const [issue] = validateDfd(dfd);
  assert.is(issue.rule, 'process-output');
  assert.match(issue.message, 'process 1 "Enrich leads" has no output flow');
});

validateDfdSuite('rejects a node without flows', () => {
  const [issue] = validateDfd(withChanges([linkedIn], []));
  assert.is(issue.rule, 'orphan-node');
  assert.is(issue.message, 'external entity "LinkedIn" has no flows');
});

validateDfdSuite('rejects a flow without a data label', () => {
  assert.equal(rules(withChanges([], [{ id: 'F3', from: 'E1', to: '1', data: '  ' }])), ['unlabelled-flow']);
});

validateDfdSuite('rejects a flow that returns to its own node', () => {
  const [issue] = validateDfd(withChanges([], [{ id: 'F3', from: '1', to: '1', data: 'leads' }]));
  assert.is(issue.rule, 'self-flow');
  assert.match(issue.message, 'flow F3');
});

validateDfdSuite('rejects a node id or a flow id used twice', () => {
  const dfd = withChanges([{ ...salesforce, label: 'HubSpot' }], [{ id: 'F2', from: '1', to: 'D1', data: 'contacts' }]);
  assert.equal(validateDfd(dfd).map((issue) => issue.message), ['node id D1 is declared twice', 'flow id F2 is used twice']);
});

validateDfdSuite('rejects process numbers and store ids that do not follow the notation', () => {
  const dfd: Dfd = {
    ...valid,
    nodes: [googleAds, { ...enrich, id: '1.1' }, { ...salesforce, id: 'CRM' }],
    flows: [{ id: 'F1', from: 'E1', to: '1.1', data: 'ad clicks' }, { id: 'F2', from: '1.1', to: 'CRM', data: 'leads' }],
  };
  const messages = validateDfd(dfd).map((issue) => `${issue.rule}: ${issue.message}`);
  assert.equal(messages, [
    'numbering: process 1.1 "Enrich leads" in a level-0 diagram needs a whole number (1, 2, …)',
    'numbering: data store "CRM Salesforce" needs an id of the form D1, D2, …',
  ]);
});

validateDfdSuite('rejects a level-1 diagram that does not name its parent process', () => {
  assert.equal(rules({ ...valid, level: 1 }), ['numbering']);
});

const assertSuite = suite('assertValidDfd(dfd)');

assertSuite('returns a valid diagram unchanged', () => {
  assert.is(assertValidDfd(valid), valid);
});

assertSuite('throws a message naming the diagram, the rule and the ids', () => {
  assert.throws(
    () => assertValidDfd(withChanges([bigQuery], [{ id: 'F7', from: 'E1', to: 'D2', data: 'ad costs' }])),
    (error: Error) =>
      error.message ===
      'diagram "tiny" breaks 1 rule(s):\n  entity-to-store: flow F7 connects external entity "Google Ads" to data store "D2 BigQuery" without a process between them',
  );
});

validateDfdSuite.run();
assertSuite.run();
