import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Dfd } from '../../src/dfd/model.ts';
import { toDot } from '../../src/dfd/to-dot.ts';

const dfd: Dfd = {
  name: 'tiny',
  title: 'Tiny',
  level: 0,
  description: '',
  layout: { ranks: [['E1']] },
  nodes: [
    { kind: 'external', id: 'E1', label: 'Google "Ads"', description: '' },
    { kind: 'process', id: '1', label: 'Enrich', description: '' },
    { kind: 'store', id: 'D1', label: 'Salesforce', description: '' },
  ],
  flows: [
    { id: 'F1', from: 'E1', to: '1', data: 'clicks' },
    { id: 'F2', from: '1', to: 'D1', data: 'leads' },
    { id: 'F3', from: '1', to: 'D1', data: 'campaigns' },
  ],
};

const toDotSuite = suite('toDot(dfd, options)');

toDotSuite('draws flows with the same ends as one edge with both labels', () => {
  const dot = toDot(dfd);
  assert.is(dot.match(/"1" -> "D1"/g)?.length, 1);
  assert.match(dot, '"1" -> "D1" [id="tiny_F2_F3"');
  assert.match(dot, '<B>F2</B> leads');
  assert.match(dot, '<B>F3</B> campaigns');
});

toDotSuite('draws external entities as thick-bordered boxes and escapes their labels', () => {
  assert.match(toDot(dfd), '"E1" [label=<Google &quot;Ads&quot;> shape=box style=filled');
});

toDotSuite('uses the DejaVu Sans font everywhere, so the PNG matches the layout', () => {
  const dot = toDot(dfd);
  assert.is(dot.match(/fontname="DejaVu Sans"/g)?.length, 3);
});

toDotSuite('takes the direction from the options, then from the diagram, then left to right', () => {
  assert.match(toDot(dfd), 'rankdir=LR');
  assert.match(toDot({ ...dfd, layout: { rankdir: 'TB' } }), 'rankdir=TB');
  assert.match(toDot({ ...dfd, layout: { rankdir: 'TB' } }, { rankdir: 'LR' }), 'rankdir=LR');
});

toDotSuite('lines up the nodes of each rank hint', () => {
  assert.match(toDot(dfd), '{ rank=same; "E1"; }');
});

toDotSuite('gives the same text for the same model', () => {
  assert.is(toDot(dfd), toDot(structuredClone(dfd)));
});

toDotSuite.run();
