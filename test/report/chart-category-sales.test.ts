import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { categorySalesTitle, chartCategorySales } from '../../src/report/chart-category-sales.ts';
import { reportData } from '../fixtures/report-data.ts';
import { assertSvgSnapshot } from './svg-snapshot.ts';

const chart = suite('chartCategorySales(data, options)');

chart('matches its snapshot', () => {
  assertSvgSnapshot('chart-category-sales', chartCategorySales(reportData));
});

chart('matches its narrow snapshot', () => {
  assertSvgSnapshot('chart-category-sales-narrow', chartCategorySales(reportData, { width: 340, id: 'chart-category-sales-narrow' }));
});

chart('names the winner and its sales in the title', () => {
  assert.match(chartCategorySales(reportData), '>Chat leads with $98,450.25, 44.3% of all sales</title>');
});

chart('labels every category, a zero-sales one included', () => {
  const svg = chartCategorySales(reportData);
  for (const label of ['$98,450 · 44.3%', '$64,211 · 28.9%', '$0 · 0.0%']) assert.match(svg, label);
});

chart('highlights only the winning bar', () => {
  const svg = chartCategorySales(reportData);
  assert.is((svg.match(/fill="var\(--etl-accent, #0072B2\)"/g) ?? []).length, 1);
});

chart('gives every bar a tooltip', () => {
  assert.is((chartCategorySales(reportData).match(/<rect[^>]*><title>/g) ?? []).length, 5);
});

chart.run();

const title = suite('categorySalesTitle(data)');

title('says so when nothing has sold', () => {
  const answers = { ...reportData.answers, categories: [{ category: 'Chat', total_sales_usd: 0 }], top_category: { category: 'Chat', total_sales_usd: 0 } };
  assert.is(categorySalesTitle({ answers }), 'No product category has sales yet');
});

title.run();
