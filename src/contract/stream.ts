/**
 * The Stream case's inputs as data: which files, which columns each must have, and
 * which column is the primary key. See ../shared/datasets/stream/CONTRACT.md.
 */

/** A CSV input the pipeline reads. */
export interface FileSpec {
  /** File name inside the input directory, e.g. `users.csv`. */
  file: string;
  /** Required columns, in the contract's order. */
  columns: readonly string[];
  /** Primary-key column, or null for reference files without one. */
  key: string | null;
}

export const USERS: FileSpec = {
  file: 'users.csv',
  columns: ['customer_id', 'customer_name', 'customer_email'],
  key: 'customer_id',
};

export const PRODUCTS: FileSpec = {
  file: 'products.csv',
  columns: [
    'subscription_id',
    'customer_id',
    'plan_id',
    'plan_name',
    'product_category',
    'billing_interval',
    'contract_amount',
    'billing_status',
  ],
  key: 'subscription_id',
};

export const TRANSACTIONS: FileSpec = {
  file: 'transactions.csv',
  columns: ['transaction_id', 'customer_id', 'subscription_id', 'total_amount', 'currency', 'transaction_date'],
  key: 'transaction_id',
};

export const FX_RATES: FileSpec = {
  file: 'fx_rates.csv',
  columns: ['currency', 'month', 'usd_per_unit'],
  key: null,
};

/** The three data files, in load order (parents first). */
export const DATA_FILES = [USERS, PRODUCTS, TRANSACTIONS] as const;

/** Why a row was not loaded. Order matters: a row breaking several field rules gets the first. */
export const FIELD_REASONS = ['bad_row', 'missing_id', 'bad_date', 'bad_amount', 'bad_currency'] as const;

/** Every rejection reason, field rules first, then references. */
export const REJECT_REASONS = [
  ...FIELD_REASONS,
  'orphan_customer',
  'missing_subscription',
  'orphan_subscription',
] as const;

export type RejectReason = (typeof REJECT_REASONS)[number];

/** Rows that were read but not loaded for being repeated, not for being wrong. */
export type DuplicateStatus = 'duplicate' | 'superseded';

/** Data-quality warnings: the row is kept, a value was nulled or defaulted. */
export const WARNING_KINDS = [
  'unknown_columns',
  'invalid_email',
  'unknown_category',
  'unknown_billing_interval',
  'unknown_billing_status',
  'customer_mismatch',
  'bad_fx_rate',
] as const;

export type WarningKind = (typeof WARNING_KINDS)[number];

/** The canonical product categories; anything unrecognised becomes `Unknown`. */
export const CATEGORIES = ['Chat', 'Feeds', 'Video', 'Moderation', 'Unknown'] as const;
export type Category = (typeof CATEGORIES)[number];

export const BILLING_INTERVALS = ['monthly', 'annual'] as const;
export type BillingInterval = (typeof BILLING_INTERVALS)[number];

export const BILLING_STATUSES = ['active', 'trialing', 'past_due', 'canceled', 'unpaid'] as const;
export type BillingStatus = (typeof BILLING_STATUSES)[number];
