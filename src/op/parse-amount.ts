/** A currency symbol the contract lets an amount carry. */
export type CurrencySymbol = '$' | '€' | '£';

/** An amount in whole cents and the currency symbol written with it, if any. */
export interface ParsedAmount {
  /** Signed amount in cents, rounded half away from zero; never -0. */
  cents: number;
  /** The one symbol written in the field, or null when there was none. */
  symbol: CurrencySymbol | null;
}

const DOLLAR = 0x24;
const EURO = 0x20ac;
const POUND = 0xa3;
const MINUS = 0x2d;
const OPEN = 0x28;
const CLOSE = 0x29;
const COMMA = 0x2c;
const POINT = 0x2e;
const ZERO = 0x30;
const NINE = 0x39;
// Above this many whole units, cents would pass Number.MAX_SAFE_INTEGER.
const MAX_WHOLE = Math.floor(Number.MAX_SAFE_INTEGER / 100);

function symbolOf(code: number): CurrencySymbol | null {
  return code === DOLLAR ? '$' : code === EURO ? '€' : code === POUND ? '£' : null;
}

// The Unicode White_Space property as code points, so the scanner needs no regex.
function isWhiteSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0x85) return false;
  return (
    code === 0x85 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

function isDigit(code: number): boolean {
  return code >= ZERO && code <= NINE;
}

/**
 * Parses a money amount by the contract's grammar and rounds it to cents.
 *
 * A number N is ASCII digits with an optional `.` and at least one digit after it, or
 * US grouping (`1,234`, `1,234.56`: a lead group of one to three digits, then groups of
 * exactly three). Shapes are `N`, `-N` and `(N)` (negative), with at most one `$`, `€`
 * or `£` right before N or before the sign or parenthesis, and white space allowed only
 * right after that symbol. Rounding is half away from zero on the decimal digits
 * themselves, never through binary floating point.
 *
 * @param text - A text-normalized field.
 * @returns The cents and symbol, or null when the text breaks the grammar (the row's
 *   `bad_amount`) or when |cents| would exceed Number.MAX_SAFE_INTEGER, where whole
 *   cents could no longer be represented exactly.
 * @example
 * parseAmount('$1,234.50'); // { cents: 123450, symbol: '$' }
 * parseAmount('(2.675)'); // { cents: -268, symbol: null }
 * parseAmount('+5'); // null
 */
export function parseAmount(text: string): ParsedAmount | null {
  const length = text.length;
  let i = 0;
  let code = text.charCodeAt(i);

  let symbol = symbolOf(code);
  if (symbol !== null) {
    while (isWhiteSpace((code = text.charCodeAt(++i))));
  }
  const negative = code === MINUS;
  const parenthesized = code === OPEN;
  if (negative || parenthesized) {
    code = text.charCodeAt(++i);
    const inner = symbolOf(code);
    if (inner !== null) {
      if (symbol !== null) return null;
      symbol = inner;
      while (isWhiteSpace((code = text.charCodeAt(++i))));
    }
  }

  // Whole units; past MAX_WHOLE the answer is null anyway, so exactness there is moot.
  let whole = 0;
  const start = i;
  while (isDigit(code)) {
    whole = whole * 10 + (code - ZERO);
    code = text.charCodeAt(++i);
  }
  if (i === start) return null;
  if (code === COMMA) {
    // The contract's grouping: a lead group of 1–3 digits, then groups of exactly three.
    if (i - start > 3) return null;
    while (code === COMMA) {
      for (let k = 0; k < 3; k++) {
        code = text.charCodeAt(++i);
        if (!isDigit(code)) return null;
        whole = whole * 10 + (code - ZERO);
      }
      code = text.charCodeAt(++i);
    }
    if (isDigit(code)) return null;
  }

  let fraction = 0;
  let roundUp = false;
  if (code === POINT) {
    const fractionStart = ++i;
    code = text.charCodeAt(i);
    while (isDigit(code)) {
      const place = i - fractionStart;
      if (place < 2) fraction = fraction * 10 + (code - ZERO);
      // Only the third decimal decides: .xx5 is exactly half or more, .xx4999… is less.
      else if (place === 2) roundUp = code >= ZERO + 5;
      code = text.charCodeAt(++i);
    }
    if (i === fractionStart) return null;
    if (i - fractionStart === 1) fraction *= 10;
  }

  if (parenthesized) {
    if (code !== CLOSE) return null;
    i++;
  }
  if (i !== length || whole > MAX_WHOLE) return null;

  const magnitude = whole * 100 + fraction + (roundUp ? 1 : 0);
  if (magnitude > Number.MAX_SAFE_INTEGER) return null;
  // `-0` is not a refund; keep zero positive.
  const cents = (negative || parenthesized) && magnitude !== 0 ? -magnitude : magnitude;
  return { cents, symbol };
}
