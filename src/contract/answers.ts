/** Row counts for one input file: `read = loaded + duplicate + superseded + rejected`. */
export interface FileCounts {
  read: number;
  loaded: number;
  duplicate: number;
  superseded: number;
  rejected: number;
}

/** One of the top users by total spend. */
export interface TopUser {
  customer_id: string;
  customer_name: string | null;
  total_spend_usd: number;
}

/** Total sales of one product category, all time up to the as-of date. */
export interface CategorySales {
  category: string;
  total_sales_usd: number;
}

/** Revenue of one window month and its growth on the month before. */
export interface MonthlyRevenue {
  month: string;
  revenue_usd: number;
  /** Percent, 2 decimals; null where the month before had no revenue. */
  growth_pct: number | null;
}

/** Transaction averages over one month or the whole window. */
export interface AverageTransaction {
  transactions: number;
  customers: number;
  avg_transaction_usd: number | null;
  avg_revenue_per_user_usd: number | null;
}

/** Averages for one window month. */
export interface MonthlyAverageTransaction extends AverageTransaction {
  month: string;
}

/**
 * The answers document of the Stream contract (CONTRACT.md, "The answers document"):
 * exactly what `etlbook run --json` prints.
 */
export interface Answers {
  as_of: string;
  window: string[];
  top_users: TopUser[];
  categories: CategorySales[];
  top_category: CategorySales | null;
  monthly_revenue: MonthlyRevenue[];
  avg_transaction: {
    months: MonthlyAverageTransaction[];
    window: AverageTransaction;
  };
  reconciliation: Record<string, FileCounts>;
  rejected_by_reason: Record<string, Record<string, number>>;
  quarantined_revenue_usd: number;
}

/** One input file as the run read it. */
export interface InputFile {
  file: string;
  sha256: string;
  /** Data rows read (blank lines excluded). */
  rows: number;
}

/**
 * Everything the report shows: the answers plus the context a reader needs to trust them.
 */
export interface ReportData {
  answers: Answers;
  /** Data-quality warnings per file and kind (rows kept, a value nulled or defaulted). */
  warnings_by_kind: Record<string, Record<string, number>>;
  /** The six months before the window, for the headline comparisons. */
  previous_window: AverageTransaction & { revenue_usd: number };
  /** Revenue over the whole window. */
  window_revenue_usd: number;
  /** True when the as-of date is not the last day of its month. */
  last_month_partial: boolean;
  inputs: InputFile[];
  /** The command line that produced the data, as a reader would type it. */
  command: string;
}
