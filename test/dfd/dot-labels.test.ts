import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { flowLabel, nodeLabel, titleAndLegend } from '../../src/dfd/dot-labels.ts';
import type { Dfd } from '../../src/dfd/model.ts';

const nodeSuite = suite('nodeLabel(node, width)');

nodeSuite('draws a process as a rounded box with its number on top and its performer below', () => {
  const label = nodeLabel({ kind: 'process', id: '1.2', label: 'Score leads', performedBy: 'MadKudu', description: '' }, 22);
  assert.match(label, 'STYLE="rounded"');
  assert.match(label, '<TR><TD SIDES="B" BORDER="1"><B>1.2</B></TD></TR><TR><TD>Score leads</TD></TR>');
  assert.match(label, '<I><FONT POINT-SIZE="10">MadKudu</FONT></I>');
});

nodeSuite('draws a data store open on the right, with its id in a closed cell', () => {
  const label = nodeLabel({ kind: 'store', id: 'D2', label: 'BigQuery', description: '' }, 22);
  assert.match(label, '<TD SIDES="LTBR"><B>D2</B></TD><TD SIDES="TB" ALIGN="LEFT">BigQuery</TD>');
  assert.not.match(label, 'SIDES="R"');
});

nodeSuite('escapes and wraps label text', () => {
  assert.is(nodeLabel({ kind: 'external', id: 'E1', label: 'Sales & <marketing> teams', description: '' }, 12), 'Sales &amp;<BR/>&lt;marketing&gt;<BR/>teams');
});

const flowSuite = suite('flowLabel(flows, width)');

flowSuite('lists each flow of an edge with its id in bold and its data escaped', () => {
  const label = flowLabel([
    { id: 'F1', from: 'a', to: 'b', data: 'leads & contacts' },
    { id: 'F2', from: 'a', to: 'b', data: 'campaigns' },
  ], 30);
  assert.match(label, '<B>F1</B> leads &amp; contacts');
  assert.match(label, '<B>F2</B> campaigns');
  assert.match(label, 'BGCOLOR="white"');
});

const legendSuite = suite('titleAndLegend(dfd)');

legendSuite('shows the title, the level and a legend of all four symbols', () => {
  const dfd: Dfd = { name: 'x', title: 'Stream <1>', level: 0, description: '', nodes: [], flows: [] };
  const label = titleAndLegend(dfd);
  assert.match(label, 'Stream &lt;1&gt;');
  assert.match(label, 'Level 0');
  for (const text of ['Legend', 'Process', 'Data store', 'External entity', 'data flow']) assert.match(label, text);
});

nodeSuite.run();
flowSuite.run();
legendSuite.run();
