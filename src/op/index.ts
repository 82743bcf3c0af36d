/** The contract's field rules, one pure function per rule. */
export { normalizeText } from './normalize-text.ts';
export { parseDate } from './parse-date.ts';
export { parseAmount } from './parse-amount.ts';
export type { ParsedAmount, CurrencySymbol } from './parse-amount.ts';
export { parseRate, convertToUsd } from './convert-to-usd.ts';
export { parseMonth } from './parse-month.ts';
export { normalizeEmail } from './normalize-email.ts';
export type { NormalizedEmail } from './normalize-email.ts';
export { normalizeCategory } from './normalize-category.ts';
export type { NormalizedCategory } from './normalize-category.ts';
export { normalizeBillingInterval, normalizeBillingStatus } from './normalize-billing.ts';
export { normalizeCurrency } from './normalize-currency.ts';
export { roundHalfAway } from './round-half-away.ts';
