import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { allDfds } from '../../src/dfd/all-dfds.ts';
import { validateDfd } from '../../src/dfd/validate-dfd.ts';

// Every system that Task 1 of the assignment names; each must be visible in some diagram.
const TASK_1_SYSTEMS = [
  'Google Ads',
  'LinkedIn',
  'GitHub',
  'Google Analytics',
  'Qualified',
  'MadKudu',
  'Salesforce',
  'HubSpot',
  'Nessy',
  'Stripe',
  'Fivetran',
  'BigQuery',
  'Looker',
  'Zapier',
  'Website',
];

const shownText = (): string =>
  allDfds
    .flatMap((dfd) => [dfd.title, ...dfd.nodes.flatMap((node) => [node.label, node.kind === 'process' ? (node.performedBy ?? '') : '']), ...dfd.flows.map((flow) => flow.data)])
    .join('\n');

const allSuite = suite('allDfds');

allSuite('every diagram passes its own validation', () => {
  for (const dfd of allDfds) assert.equal(validateDfd(dfd), [], dfd.name);
});

allSuite('every system named in Task 1 is shown on a diagram', () => {
  const text = shownText().toLowerCase();
  const missing = TASK_1_SYSTEMS.filter((system) => !text.includes(system.toLowerCase()));
  assert.equal(missing, []);
});

allSuite('decomposes each of the five Task 1 processes of the level-0 diagram', () => {
  const [context] = allDfds;
  const decomposed = allDfds.filter((dfd) => dfd.parent?.diagram === context).map((dfd) => dfd.parent?.process);
  const processes = context.nodes.filter((node) => node.kind === 'process').map((node) => node.id);
  assert.equal(processes, ['1', '2', '3', '4', '5']);
  assert.equal(decomposed, processes);
});

allSuite('shows both trials of the trial conversion and the free legacy plan', () => {
  const text = shownText();
  for (const phrase of ['personal or throwaway email', 'corporate email', 'free legacy', 'one or more organizations', 'overages']) {
    assert.match(text, phrase);
  }
});

allSuite("includes etlbook's own pipeline with its rejects store", () => {
  const pipeline = allDfds.find((dfd) => dfd.name === 'etlbook-pipeline');
  const labels = pipeline?.nodes.map((node) => node.label) ?? [];
  for (const label of ['Ingest files', 'Transform', 'Load', 'PostgreSQL warehouse', 'Answer questions in SQL', 'Build the report', 'Rejects']) {
    assert.ok(labels.includes(label), label);
  }
});

allSuite('gives every diagram a distinct, file-safe name', () => {
  const names = allDfds.map((dfd) => dfd.name);
  assert.is(new Set(names).size, names.length);
  for (const name of names) assert.match(name, /^[a-z0-9-]+$/);
});

allSuite.run();
