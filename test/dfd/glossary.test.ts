import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { toDfdGlossary } from '../../src/dfd/glossary.ts';
import type { Dfd } from '../../src/dfd/model.ts';

const top: Dfd = {
  name: 'top',
  title: 'Top <level>',
  level: 0,
  description: 'Leads | contacts & deals.',
  nodes: [
    { kind: 'external', id: 'E1', label: 'Google Ads', description: 'Ads.' },
    { kind: 'process', id: '1', label: 'Enrich', performedBy: 'MadKudu', description: 'Scores.' },
    { kind: 'store', id: 'D1', label: 'Salesforce', description: 'CRM.' },
  ],
  flows: [
    { id: 'F1', from: 'E1', to: '1', data: 'clicks' },
    { id: 'F2', from: '1', to: 'D1', data: 'scored leads' },
  ],
};
const child: Dfd = {
  name: 'child',
  title: 'Child',
  level: 1,
  parent: { diagram: top, process: '1' },
  description: 'Inside.',
  nodes: [top.nodes[0], { kind: 'process', id: '1.1', label: 'Score', description: 'Scores.' }, top.nodes[2]],
  flows: [
    { id: 'F1', from: 'E1', to: '1.1', data: 'clicks' },
    { id: 'F2', from: '1.1', to: 'D1', data: 'scored leads' },
  ],
};

const glossarySuite = suite('toDfdGlossary(dfds, options)');

glossarySuite('lists every node and every flow of every diagram', () => {
  const markdown = toDfdGlossary([top, child]);
  assert.match(markdown, '| E1 | external entity | Google Ads |  | Ads. |');
  assert.match(markdown, '| 1 | process | Enrich | MadKudu | Scores. |');
  assert.match(markdown, '| D1 | data store | Salesforce |  | CRM. |');
  assert.match(markdown, '| F2 | process 1 "Enrich" | data store "D1 Salesforce" | scored leads |');
  assert.match(markdown, '| F1 | external entity "Google Ads" | process 1.1 "Score" | clicks |');
});

glossarySuite('links each picture to its SVG and each level-1 diagram to its parent', () => {
  const markdown = toDfdGlossary([top, child]);
  assert.match(markdown, '[![Top &lt;level&gt;](top.png)](top.svg)');
  assert.match(markdown, 'Level 1: decomposes process 1 of [top](#top).');
});

glossarySuite('escapes HTML and table pipes in text', () => {
  assert.match(toDfdGlossary([top]), 'Leads \\| contacts &amp; deals.');
});

glossarySuite('indexes each node name once, with every diagram that shows it', () => {
  const markdown = toDfdGlossary([top, child]);
  assert.match(markdown, '| Google Ads | external entity | [top](#top), [child](#child) |');
  const index = markdown.slice(markdown.indexOf('## Index of nodes'));
  assert.equal(index.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| Name') && !line.startsWith('| ---')).map((line) => line.split(' | ')[0]), [
    '| Enrich',
    '| Google Ads',
    '| Salesforce',
    '| Score',
  ]);
});

glossarySuite.run();
