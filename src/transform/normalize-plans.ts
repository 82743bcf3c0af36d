import type { ColumnTable } from 'arquero';
import { normalizeCategory } from '../op/normalize-category.ts';
import { normalizeBillingInterval, normalizeBillingStatus } from '../op/normalize-billing.ts';
import { addWarning, textColumn, warningsOf } from '../util/row-state.ts';

/**
 * Maps product category, billing interval and billing status onto the contract's canonical
 * values. An unrecognised category becomes `Unknown`, an unrecognised interval or status
 * becomes null; each gets a warning and the row is kept.
 * @param table products after the text rules
 * @returns the table with the three columns canonical and warnings added
 * @example
 * normalizePlans(products); // 'chat messaging' → 'Chat', 'yearly' → 'annual'
 */
export function normalizePlans(table: ColumnTable): ColumnTable {
  const warnings = warningsOf(table);
  const categories = textColumn(table, 'product_category').map((text, i) => {
    const { category, known } = normalizeCategory(text);
    if (!known) addWarning(warnings, i, { kind: 'unknown_category', column: 'product_category', value: text });
    return category;
  });
  const intervals = textColumn(table, 'billing_interval').map((text, i) => {
    const interval = normalizeBillingInterval(text);
    if (interval === null) addWarning(warnings, i, { kind: 'unknown_billing_interval', column: 'billing_interval', value: text });
    return interval;
  });
  const statuses = textColumn(table, 'billing_status').map((text, i) => {
    const status = normalizeBillingStatus(text);
    if (status === null) addWarning(warnings, i, { kind: 'unknown_billing_status', column: 'billing_status', value: text });
    return status;
  });
  return table.assign({ product_category: categories, billing_interval: intervals, billing_status: statuses, warnings });
}
