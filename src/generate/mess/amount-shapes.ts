/**
 * Every way the contract lets an amount be written, and some it does not. Accepted
 * shapes keep the value (after rounding to cents), so loaded revenue does not move.
 */
import { CURRENCY_SYMBOL, type Currency } from '../plans.ts';

/** `1234.5` → `1,234.50`, from integer cents (no binary floating point). */
function grouped(absCents: number): string {
  const units = String(Math.floor(absCents / 100)).replace(/\B(?=(\d{3})+$)/g, ',');
  return `${units}.${String(absCents % 100).padStart(2, '0')}`;
}

/**
 * Formats signed integer cents as the plain contract form, `-12.50`.
 *
 * @param cents signed integer cents
 * @returns the amount text with two decimals
 * @example
 * toAmountText(-1250); // '-12.50'
 */
export function toAmountText(cents: number): string {
  const abs = Math.abs(cents);
  return `${cents < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** An amount shape: writes `cents` (sign included) with the currency's symbol where it uses one. */
export interface AmountShape {
  /** Which amounts it can express (e.g. grouping needs at least 1,000). */
  fits: (cents: number) => boolean;
  write: (cents: number, currency: Currency) => string;
}

const positive = (cents: number): boolean => cents > 0;
const negative = (cents: number): boolean => cents < 0;
const any = (): boolean => true;
const abs = (cents: number): string => toAmountText(Math.abs(cents));

/** Shapes the contract accepts, by name. */
export const ACCEPTED_AMOUNT_SHAPES: Record<string, AmountShape> = {
  integer: { fits: (c) => c % 100 === 0, write: (c) => String(c / 100) },
  one_decimal: { fits: (c) => c % 10 === 0, write: (c) => toAmountText(c).slice(0, -1) },
  grouped: { fits: (c) => Math.abs(c) >= 100_000, write: (c) => `${c < 0 ? '-' : ''}${grouped(Math.abs(c))}` },
  grouped_integer: {
    fits: (c) => Math.abs(c) >= 100_000 && c % 100 === 0,
    write: (c) => `${c < 0 ? '-' : ''}${grouped(Math.abs(c)).slice(0, -3)}`,
  },
  // 12.345 rounds half away from zero to 12.35: the intended cents, if rounding is right.
  half_cent: {
    fits: (c) => c !== 0,
    write: (c) => {
      const thousandths = Math.abs(c) * 10 - 5;
      const text = `${Math.floor(thousandths / 1000)}.${String(thousandths % 1000).padStart(3, '0')}`;
      return c < 0 ? `-${text}` : text;
    },
  },
  symbol: { fits: positive, write: (c, cur) => `${CURRENCY_SYMBOL[cur]}${abs(c)}` },
  symbol_space: { fits: positive, write: (c, cur) => `${CURRENCY_SYMBOL[cur]} ${abs(c)}` },
  symbol_grouped: { fits: (c) => c >= 100_000, write: (c, cur) => `${CURRENCY_SYMBOL[cur]}${grouped(c)}` },
  parens: { fits: negative, write: (c) => `(${abs(c)})` },
  minus_symbol: { fits: negative, write: (c, cur) => `-${CURRENCY_SYMBOL[cur]}${abs(c)}` },
  symbol_minus: { fits: negative, write: (c, cur) => `${CURRENCY_SYMBOL[cur]}-${abs(c)}` },
  parens_symbol: { fits: negative, write: (c, cur) => `(${CURRENCY_SYMBOL[cur]}${abs(c)})` },
  symbol_parens: { fits: negative, write: (c, cur) => `${CURRENCY_SYMBOL[cur]}(${abs(c)})` },
  symbol_space_minus: { fits: negative, write: (c, cur) => `${CURRENCY_SYMBOL[cur]} -${abs(c)}` },
};

/** Shapes the contract rejects (`bad_amount`), by name. */
export const BAD_AMOUNT_SHAPES: Record<string, AmountShape> = {
  plus_sign: { fits: any, write: (c) => `+${abs(c)}` },
  leading_dot: { fits: any, write: (c) => `.${String(Math.abs(c) % 100).padStart(2, '0')}` },
  trailing_dot: { fits: any, write: (c) => `${Math.floor(Math.abs(c) / 100)}.` },
  exponent: { fits: any, write: (c) => `${(Math.abs(c) / 100000).toFixed(5)}e3` },
  code_suffix: { fits: any, write: (c, cur) => `${toAmountText(c)} ${cur}` },
  two_symbols: { fits: any, write: (c, cur) => `${CURRENCY_SYMBOL[cur]}${CURRENCY_SYMBOL[cur]}${abs(c)}` },
  mixed_symbols: { fits: any, write: (c) => `$€${abs(c)}` },
  decimal_comma: { fits: any, write: (c) => toAmountText(c).replace('.', ',') },
  // A group of two digits: `12,00.50` matches neither a number nor the grouping form.
  bad_grouping: { fits: any, write: (c) => `${Math.floor(Math.abs(c) / 100)},00.${String(Math.abs(c) % 100).padStart(2, '0')}` },
  words: { fits: any, write: () => 'n/a' },
  empty: { fits: any, write: () => '' },
};
