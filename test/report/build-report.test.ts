import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { buildReport, writeReport } from '../../src/report/build-report.ts';
import { HOSTILE_NAMES, reportData } from '../fixtures/report-data.ts';

const DIAGRAM = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>';

const build = suite('buildReport(data, options)');

build('gives the same bytes for the same data', () => {
  assert.is(buildReport(reportData), buildReport(reportData));
});

build('does not depend on the time zone', () => {
  const before = process.env.TZ;
  const utc = buildReport(reportData);
  process.env.TZ = 'Pacific/Kiritimati';
  try {
    assert.is(buildReport(reportData), utc);
  } finally {
    process.env.TZ = before;
  }
});

build('shows hostile customer names as escaped text', () => {
  const html = buildReport(reportData);
  assert.match(html, '&lt;img src=x onerror=alert(1)&gt;');
  assert.match(html, '&lt;script&gt;alert(1)&lt;/script&gt;');
  assert.match(html, HOSTILE_NAMES.rtl);
  assert.match(html, HOSTILE_NAMES.long);
  assert.not.match(html, '<img');
  assert.not.match(html, '<script');
});

build('escapes keys of the data as well as values', () => {
  const html = buildReport(reportData);
  assert.match(html, '&lt;svg onload=alert(2)&gt;');
  assert.not.match(html, '<svg onload');
});

build('loads nothing from elsewhere', () => {
  const html = buildReport(reportData, { diagramLinks: [{ title: 'Level 1', href: 'diagrams/level-1.html' }] });
  assert.not.match(html, /<[a-z][^<>]*\s(src|srcset)=/i);
  assert.not.match(html, /<link\b/);
  assert.not.match(html, /url\((?!#)/);
  assert.not.match(html, /@import/);
});

build('shows the window, the partial month and the headline figures', () => {
  const html = buildReport(reportData);
  assert.match(html, 'Jan–Jun 2025 (June 2025 partial, through June 14, 2025)');
  assert.match(html, '<p class="value">$125,911.50</p>');
  assert.match(html, '▲ +30.6%</span> vs the 6 months before ($96,400.00)');
});

build('reconciles rows per file in load order', () => {
  const html = buildReport(reportData);
  const order = ['users.csv', 'products.csv', 'transactions.csv'].map((file) => html.indexOf(`<td data-label="File">${file}</td>`));
  assert.ok(order[0] > 0 && order[0] < order[1] && order[1] < order[2], `files out of order: ${order}`);
  assert.match(html, '$8,412.77');
});

build('adds the data-flow section only when given a diagram or links', () => {
  assert.not.match(buildReport(reportData), 'Where the data comes from');
  const html = buildReport(reportData, { contextDiagramSvg: DIAGRAM, diagramLinks: [{ title: 'Level <1>', href: 'level-1.svg' }] });
  assert.match(html, 'Where the data comes from');
  assert.match(html, DIAGRAM);
  assert.match(html, '<a href="level-1.svg">Level &lt;1&gt;</a>');
});

build('refuses a diagram that could run script', () => {
  assert.throws(() => buildReport(reportData, { contextDiagramSvg: '<svg onload="alert(1)"></svg>' }), /must not contain scripts/);
  assert.throws(() => buildReport(reportData, { contextDiagramSvg: '<p>not svg</p>' }), /must be SVG/);
});

build('refuses a script link', () => {
  assert.throws(() => buildReport(reportData, { notebooksHref: 'javascript:alert(1)' }), /refusing a script link/);
});

build('links the notebooks when told where they are', () => {
  assert.match(buildReport(reportData, { notebooksHref: '../notebooks/' }), '<a href="../notebooks/">notebooks</a>');
});

build.run();

const write = suite('writeReport(data, file, options)');

write('writes the page, creating its folder', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'etlbook-report-'));
  try {
    const file = join(folder, 'nested', 'report.html');
    const html = await writeReport(reportData, file);
    assert.is(readFileSync(file, 'utf8'), html);
    assert.is(html, buildReport(reportData));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

write.run();
