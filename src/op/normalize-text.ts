// `\s` is not the Unicode White_Space property: it matches U+FEFF (a BOM, not a space)
// and misses U+0085 (NEL). The contract says White_Space, so the property escape it is.
const EDGES = /^\p{White_Space}+|\p{White_Space}+$/gu;
const RUNS = /\p{White_Space}+/gu;
// Most values are already clean; testing first skips two replace passes on them.
const NEEDS_WORK = /^\p{White_Space}|\p{White_Space}$|(?! )\p{White_Space}|\p{White_Space}{2}/u;

// Every White_Space character is below U+0021 or above U+007E: a value of printable ASCII alone
// (most IDs, codes, amounts and dates) has none, and a plain loop says so faster than the regex.
function isPrintableAscii(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x21 || code > 0x7e) return false;
  }
  return true;
}

/**
 * Applies the contract's text rule to one field: trims Unicode White_Space, collapses
 * internal runs of it to one U+0020 space, and turns what is left empty into null.
 *
 * @param value - A raw field, or null/undefined for a missing one.
 * @returns The normalized text, or null when nothing but white space was there.
 * @example
 * normalizeText('\u00a0 Ada \u3000 Ltd\n'); // 'Ada Ltd'
 * normalizeText(' \t '); // null
 */
export function normalizeText(value: string | null | undefined): string | null {
  if (value == null || value === '') return null;
  if (isPrintableAscii(value) || !NEEDS_WORK.test(value)) return value;
  const text = value.replace(EDGES, '').replace(RUNS, ' ');
  return text === '' ? null : text;
}
