/** The report: from `ReportData` to a self-contained HTML page with Observable Plot charts. */
export { buildReport, writeReport, type BuildReportOptions } from './build-report.ts';
export { chartAverageTransaction, averageTransactionTitle, type AverageTransactionChartOptions } from './chart-average-transaction.ts';
export { chartCategorySales, categorySalesTitle, type CategorySalesChartOptions } from './chart-category-sales.ts';
export { chartMonthlyRevenue, monthlyRevenueTitle, type MonthlyRevenueChartOptions } from './chart-monthly-revenue.ts';
export { escapeHtml } from './escape-html.ts';
export { formatCount, formatDate, formatMonth, formatMonthRange, formatPercent, formatUsd } from './format.ts';
export { type DiagramLink } from './about-sections.ts';
