import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { averageTransactionTitle, chartAverageTransaction } from '../../src/report/chart-average-transaction.ts';
import { reportData } from '../fixtures/report-data.ts';
import { assertSvgSnapshot } from './svg-snapshot.ts';

const chart = suite('chartAverageTransaction(data, options)');

chart('matches its snapshot', () => {
  assertSvgSnapshot('chart-average-transaction', chartAverageTransaction(reportData, { previous: reportData.previous_window }));
});

chart('matches its narrow snapshot', () => {
  const svg = chartAverageTransaction(reportData, { width: 340, id: 'chart-average-transaction-narrow', previous: reportData.previous_window });
  assertSvgSnapshot('chart-average-transaction-narrow', svg);
});

chart('compares the window average with the 6 months before in its title', () => {
  const svg = chartAverageTransaction(reportData, { previous: reportData.previous_window });
  assert.match(svg, '>Average transaction $206.07 over the last 6 months, up 11.2% on the 6 months before</title>');
});

chart('marks the window average', () => {
  assert.match(chartAverageTransaction(reportData), '>$206</tspan>');
});

chart('gives each month of both measures a dot with a tooltip', () => {
  const svg = chartAverageTransaction(reportData);
  assert.is((svg.match(/<circle[^>]*><title>/g) ?? []).length, 12);
  assert.match(svg, 'Average revenue per paying customer $542.11');
});

chart('leaves a gap for a month without transactions', () => {
  const months = reportData.answers.avg_transaction.months.map((row) =>
    row.month === '2025-03' ? { ...row, transactions: 0, customers: 0, avg_transaction_usd: null, avg_revenue_per_user_usd: null } : row,
  );
  const data = { ...reportData, answers: { ...reportData.answers, avg_transaction: { ...reportData.answers.avg_transaction, months } } };
  assert.is((chartAverageTransaction(data).match(/<circle[^>]*><title>/g) ?? []).length, 10);
});

chart.run();

const title = suite('averageTransactionTitle(data, previous)');

title('leaves out the comparison without a previous period', () => {
  assert.is(averageTransactionTitle(reportData), 'Average transaction $206.07 over the last 6 months');
});

title('reports a fall as down', () => {
  assert.is(averageTransactionTitle(reportData, { avg_transaction_usd: 250 }), 'Average transaction $206.07 over the last 6 months, down 17.6% on the 6 months before');
});

title.run();
