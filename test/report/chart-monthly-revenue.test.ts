import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { chartMonthlyRevenue, monthlyRevenueTitle } from '../../src/report/chart-monthly-revenue.ts';
import { reportData } from '../fixtures/report-data.ts';
import { assertSvgSnapshot } from './svg-snapshot.ts';

const chart = suite('chartMonthlyRevenue(data, options)');

chart('matches its snapshot', () => {
  assertSvgSnapshot('chart-monthly-revenue', chartMonthlyRevenue(reportData));
});

chart('matches its narrow snapshot', () => {
  assertSvgSnapshot('chart-monthly-revenue-narrow', chartMonthlyRevenue(reportData, { width: 340, id: 'chart-monthly-revenue-narrow' }));
});

chart('states the latest complete month’s growth as its title', () => {
  assert.match(chartMonthlyRevenue(reportData), '>Revenue grew 18.6% in May 2025, to $27,105.60</title>');
});

chart('labels growth signed, and a month after no revenue as n/a', () => {
  const svg = chartMonthlyRevenue(reportData);
  assert.match(svg, '▲+15.7%');
  assert.match(svg, '▼-8.5%');
  assert.match(svg, '>n/a<');
});

chart('stars the partial month and says so in the subtitle', () => {
  const svg = chartMonthlyRevenue(reportData);
  assert.match(svg, 'Jun*');
  assert.match(svg, 'June 2025 is partial: through June 14, 2025.');
});

chart('is an accessible image with a tooltip on every bar', () => {
  const svg = chartMonthlyRevenue(reportData);
  assert.match(svg, 'role="img"');
  assert.match(svg, 'aria-labelledby="chart-monthly-revenue-title chart-monthly-revenue-desc"');
  assert.is((svg.match(/<rect[^>]*><title>/g) ?? []).length, 6);
});

chart('uses its own class name instead of Plot’s shared one', () => {
  const svg = chartMonthlyRevenue(reportData, { id: 'revenue' });
  assert.not.match(svg, 'plot-d6a7b5');
  assert.match(svg, 'class="revenue-plot"');
});

chart.run();

const title = suite('monthlyRevenueTitle(data)');

title('reports a decline with the word fell', () => {
  const answers = { ...reportData.answers, monthly_revenue: reportData.answers.monthly_revenue.slice(0, 4) };
  assert.is(monthlyRevenueTitle({ answers, last_month_partial: false }), 'Revenue fell 8.5% in April 2025, to $22,854.25');
});

title('falls back to the total when no month has a growth figure', () => {
  const answers = { ...reportData.answers, monthly_revenue: [{ month: '2025-06', revenue_usd: 10, growth_pct: null }] };
  assert.is(monthlyRevenueTitle({ answers, last_month_partial: true }), 'Revenue of $10.00 over the last 1 months');
});

title.run();
