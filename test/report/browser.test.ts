import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { writeReport } from '../../src/report/build-report.ts';
import { formatUsd } from '../../src/report/format.ts';
import { HOSTILE_NAMES, reportData } from '../fixtures/report-data.ts';
import { CHROMIUM, checkReportInBrowser, type ReportInBrowser } from './check-report-in-browser.ts';

const SCREENSHOTS = join(dirname(fileURLToPath(import.meta.url)), '..', 'screenshots');
const DIAGRAM = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 40" width="200" height="40"><rect x="1" y="1" width="198" height="38" fill="none" stroke="currentColor"/></svg>';

// Opening Chromium is the slow part, so the page is opened once and each case reads the
// record. Not in a before hook: uvu ignores a failing hook, and a missing browser must fail.
let opened: Promise<ReportInBrowser> | undefined;
function open(): Promise<ReportInBrowser> {
  opened ??= (async () => {
    const folder = mkdtempSync(join(tmpdir(), 'etlbook-browser-'));
    try {
      const file = join(folder, 'report.html');
      const options = { contextDiagramSvg: DIAGRAM, diagramLinks: [{ title: 'Level 1', href: 'level-1.svg' }], notebooksHref: '../notebooks/' };
      await writeReport(reportData, file, options);
      return await checkReportInBrowser(file, { screenshots: SCREENSHOTS, name: 'fixture-report' });
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  })();
  return opened;
}

const browser = suite('buildReport(data) in Chromium');

browser('finds Debian’s Chromium', () => {
  assert.ok(existsSync(CHROMIUM), `Chromium is not installed at ${CHROMIUM}: run \`apt-get install -y chromium\` (CI installs it)`);
});

browser('logs no console errors', async () => {
  const seen = await open();
  assert.equal(seen.consoleErrors, []);
});

browser('requests nothing but the page itself', async () => {
  const seen = await open();
  assert.equal(seen.requests, [seen.url]);
});

browser('draws every chart as an SVG with marks, at desktop and phone widths', async () => {
  const seen = await open();
  const ids = ['chart-average-transaction', 'chart-category-sales', 'chart-monthly-revenue'];
  assert.equal(seen.wideCharts.map((chart) => chart.id), ids);
  assert.equal(seen.narrowCharts.map((chart) => chart.id), ids.map((id) => `${id}-narrow`));
  for (const chart of [...seen.wideCharts, ...seen.narrowCharts]) {
    assert.ok(chart.marks >= 5, `${chart.id} has ${chart.marks} marks`);
    assert.ok(chart.width > 300 && chart.height > 200, `${chart.id} is ${chart.width}×${chart.height}`);
  }
});

browser('shows the headline figures of the answers', async () => {
  const seen = await open();
  const { answers, window_revenue_usd: revenue } = reportData;
  const parse = (text: string) => Number(text.replace(/[$,]/g, ''));
  assert.is(parse(seen.headline['window-revenue']), revenue);
  assert.is(parse(seen.headline['avg-transaction']), answers.avg_transaction.window.avg_transaction_usd);
  assert.is(parse(seen.headline['avg-revenue-per-user']), answers.avg_transaction.window.avg_revenue_per_user_usd);
  assert.is(seen.headline['top-category'], answers.top_category?.category);
  assert.ok(seen.text.includes(formatUsd(answers.top_category?.total_sales_usd)), 'top category sales shown');
});

browser('shows hostile names as text and runs no script', async () => {
  const seen = await open();
  for (const name of Object.values(HOSTILE_NAMES)) assert.ok(seen.text.includes(name), `${name.slice(0, 30)} shown as text`);
  assert.equal(seen.dialogs, []);
  assert.is(seen.activeElements, 0);
});

browser('fits a 375 px phone without scrolling sideways', async () => {
  const seen = await open();
  assert.ok(seen.scrollWidthAt375 <= 375, `page is ${seen.scrollWidthAt375} px wide`);
});

browser.run();
