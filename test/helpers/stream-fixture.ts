import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Answers } from '../../src/contract/answers.ts';

/**
 * A tiny Stream input directory whose answers were worked out by hand (see EXPECTED_ANSWERS):
 * every number below can be checked with a pencil.
 */
export const FIXTURE_FILES: Record<string, string> = {
  'users.csv': [
    'customer_id,customer_name,customer_email',
    'C1,Ada Ltd,ADA@ada.io',
    'C2,"Bob, Inc",bob@bob',
    'C3,<script>alert(1)</script>,c@c.co',
    'C2,"Bob, Inc",bob@bob',
    'C4,Dee,d@d.co',
    'C5,Eve,e@e.co',
    'C6,Fay,f@f.co',
  ].join('\n') + '\n',
  'products.csv': [
    'subscription_id,customer_id,plan_id,plan_name,product_category,billing_interval,contract_amount,billing_status',
    'S1,C1,P1,Chat Pro,chat messaging,month,$100.00,active',
    'S2,C2,P2,Feeds,Activity Feeds,yearly,"1,200",cancelled',
    'S3,C9,P3,Video,Video,monthly,10,active',
    'S4,C5,P4,Mod,Moderation,annual,50,active',
    'S5,C4,P5,Vid,video and audio,monthly,5,trialing',
  ].join('\n') + '\n',
  'transactions.csv': [
    'transaction_id,customer_id,subscription_id,total_amount,currency,transaction_date',
    'T1,C1,S1,$100.00,,2025-01-15',
    'T2,C1,S1,€50,,2025-02-15',
    'T3,C2,S2,(10.00),usd,03/01/2025',
    'T4,C3,S1,20,GBP,1 Apr 2025',
    'T5,C1,S9,5,USD,2025-04-01',
    'T6,C1,S1,abc,USD,2025-04-01',
    'T1,C1,S1,$100.00,,2025-01-15',
    'T7,C5,S4,25,USD,2025-04-10',
    'T8,C1,S1,1000,USD,2025-05-01',
    'T9,C5,S4,3,XYZ,2025-04-11',
  ].join('\n') + '\n',
  'fx_rates.csv': ['currency,month,usd_per_unit', 'EUR,2025-02,1.1', 'GBP,2025-04,1.25', 'EUR,2025-02,1.2', 'XX,2025-13,1'].join('\n') + '\n',
};

/**
 * Writes the fixture (optionally with some files replaced) into a fresh temp directory.
 * @param overrides file name → content; `null` leaves the file out
 * @returns the directory
 */
export async function writeStreamFixture(overrides: Record<string, string | null> = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'etlbook-fixture-'));
  for (const [name, content] of Object.entries({ ...FIXTURE_FILES, ...overrides })) {
    if (content !== null) await writeFile(join(dir, name), content);
  }
  return dir;
}

/*
 * Worked by hand, default as-of = latest loaded date = 2025-05-01 (T8):
 * - T1 line 2 is an exact duplicate of line 8 (last copy kept); T5 orphan_subscription (S9),
 *   T6 bad_amount, T9 bad_currency (no XYZ rate). S3's customer C9 does not exist.
 * - T2 €50 in Feb at EUR's last Feb rate 1.2 = $60; T4 £20 × 1.25 = $25, paid by C3 on C1's
 *   subscription (customer_mismatch, counts for C3); T3 is a $10 refund.
 * - Spend: C1 100 + 60 + 1000 = 1160, C3 25, C5 25, C4 0, C6 0, C2 -10.
 * - Sales: Chat 100 + 60 + 25 + 1000 = 1185, Moderation 25, Video 0 (S5 sold nothing), Feeds -10.
 * - Months: Dec 0, Jan 100, Feb 60, Mar -10, Apr 25 + 25 = 50, May 1000; growth Feb -40,
 *   Mar -70/60 = -116.67, Apr 60/-10 = -600, May 950/50 = 1900; Jan null (Dec was 0).
 * - Window: 6 transactions, 4 customers (C1 C2 C3 C5), $1,200 → 200.00 and 300.00.
 * - Quarantined: only T5's $5 parsed fully.
 */
export const EXPECTED_ANSWERS: Answers = {
  as_of: '2025-05-01',
  window: ['2024-12', '2025-01', '2025-02', '2025-03', '2025-04', '2025-05'],
  top_users: [
    { customer_id: 'C1', customer_name: 'Ada Ltd', total_spend_usd: 1160 },
    { customer_id: 'C3', customer_name: '<script>alert(1)</script>', total_spend_usd: 25 },
    { customer_id: 'C5', customer_name: 'Eve', total_spend_usd: 25 },
    { customer_id: 'C4', customer_name: 'Dee', total_spend_usd: 0 },
    { customer_id: 'C6', customer_name: 'Fay', total_spend_usd: 0 },
  ],
  categories: [
    { category: 'Chat', total_sales_usd: 1185 },
    { category: 'Moderation', total_sales_usd: 25 },
    { category: 'Video', total_sales_usd: 0 },
    { category: 'Feeds', total_sales_usd: -10 },
  ],
  top_category: { category: 'Chat', total_sales_usd: 1185 },
  monthly_revenue: [
    { month: '2024-12', revenue_usd: 0, growth_pct: null },
    { month: '2025-01', revenue_usd: 100, growth_pct: null },
    { month: '2025-02', revenue_usd: 60, growth_pct: -40 },
    { month: '2025-03', revenue_usd: -10, growth_pct: -116.67 },
    { month: '2025-04', revenue_usd: 50, growth_pct: -600 },
    { month: '2025-05', revenue_usd: 1000, growth_pct: 1900 },
  ],
  avg_transaction: {
    months: [
      { month: '2024-12', transactions: 0, customers: 0, avg_transaction_usd: null, avg_revenue_per_user_usd: null },
      { month: '2025-01', transactions: 1, customers: 1, avg_transaction_usd: 100, avg_revenue_per_user_usd: 100 },
      { month: '2025-02', transactions: 1, customers: 1, avg_transaction_usd: 60, avg_revenue_per_user_usd: 60 },
      { month: '2025-03', transactions: 1, customers: 1, avg_transaction_usd: -10, avg_revenue_per_user_usd: -10 },
      { month: '2025-04', transactions: 2, customers: 2, avg_transaction_usd: 25, avg_revenue_per_user_usd: 25 },
      { month: '2025-05', transactions: 1, customers: 1, avg_transaction_usd: 1000, avg_revenue_per_user_usd: 1000 },
    ],
    window: { transactions: 6, customers: 4, avg_transaction_usd: 200, avg_revenue_per_user_usd: 300 },
  },
  reconciliation: {
    'users.csv': { read: 7, loaded: 6, duplicate: 1, superseded: 0, rejected: 0 },
    'products.csv': { read: 5, loaded: 4, duplicate: 0, superseded: 0, rejected: 1 },
    'transactions.csv': { read: 10, loaded: 6, duplicate: 1, superseded: 0, rejected: 3 },
  },
  rejected_by_reason: {
    'users.csv': {},
    'products.csv': { orphan_customer: 1 },
    'transactions.csv': { bad_amount: 1, bad_currency: 1, orphan_subscription: 1 },
  },
  quarantined_revenue_usd: 5,
};
