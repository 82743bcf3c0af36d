/**
 * Stream's price list: four products, four tiers each, billed monthly or annually.
 * Annual billing is ten monthly payments (two months free), as SaaS price pages do.
 */

export type ProductCategory = 'Chat' | 'Feeds' | 'Video' | 'Moderation';
export type Tier = 'Starter' | 'Standard' | 'Premium' | 'Enterprise';
export type Interval = 'monthly' | 'annual';
export type Currency = 'USD' | 'EUR' | 'GBP';

/** A plan of the price list, one per category and tier. */
export interface Plan {
  category: ProductCategory;
  tier: Tier;
  /** List price per month in USD; Enterprise contracts are negotiated around it. */
  monthlyUsd: number;
}

export const CATEGORIES: readonly ProductCategory[] = ['Chat', 'Feeds', 'Video', 'Moderation'];
/** How often customers pick each category (Chat is Stream's flagship). */
export const CATEGORY_WEIGHTS = [45, 25, 20, 10];
export const TIERS: readonly Tier[] = ['Starter', 'Standard', 'Premium', 'Enterprise'];
export const TIER_WEIGHTS = [45, 30, 17, 8];

const PRICES: Record<ProductCategory, readonly number[]> = {
  Chat: [99, 499, 999, 2499],
  Feeds: [79, 399, 799, 1999],
  Video: [149, 599, 1199, 2999],
  Moderation: [49, 249, 599, 1499],
};

/** Local list prices are set per currency, not converted daily, as Stripe price books are. */
export const LOCAL_PRICE_FACTOR: Record<Currency, number> = { USD: 1, EUR: 0.92, GBP: 0.79 };
export const CURRENCY_SYMBOL: Record<Currency, string> = { USD: '$', EUR: '€', GBP: '£' };

/** Every plan of the price list. */
export const PLANS: readonly Plan[] = CATEGORIES.flatMap((category) =>
  TIERS.map((tier, i) => ({ category, tier, monthlyUsd: PRICES[category][i] })),
);

/** The plan of a category and tier. */
export const findPlan = (category: ProductCategory, tier: Tier): Plan =>
  PLANS.find((plan) => plan.category === category && plan.tier === tier)!;

/** `chat_standard_annual`: plan ids name the price, so the interval is part of them. */
export const toPlanId = (plan: Plan, interval: Interval): string =>
  `${plan.category}_${plan.tier}_${interval}`.toLowerCase();

/** `Chat Standard (annual)`. */
export const toPlanName = (plan: Plan, interval: Interval): string =>
  `${plan.category} ${plan.tier} (${interval})`;
