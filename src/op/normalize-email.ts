/** An email after the contract's email rule. */
export interface NormalizedEmail {
  /** The lower-cased address, or null when missing or invalid. */
  email: string | null;
  /** True when an address was given but broke the rule (an `invalid_email` warning). */
  invalid: boolean;
}

const WHITE_SPACE = /\p{White_Space}/u;
const MISSING: NormalizedEmail = Object.freeze({ email: null, invalid: false });
const INVALID: NormalizedEmail = Object.freeze({ email: null, invalid: true });

/**
 * Lower-cases an email and checks the contract's rule: exactly one `@`, a non-empty
 * local part, and a domain that contains a dot and no white space. The rule says
 * nothing else about the local part, so nothing else is checked there.
 *
 * @param text - A text-normalized field, or null when it was empty.
 * @returns `{email, invalid: false}` for a valid address, `{email: null, invalid: true}`
 *   for an invalid one, and `{email: null, invalid: false}` for a missing one (null or
 *   the empty string, which the text rule makes NULL). The two null results are frozen
 *   shared objects.
 * @example
 * normalizeEmail('Ada@Example.COM'); // { email: 'ada@example.com', invalid: false }
 * normalizeEmail('ada@localhost'); // { email: null, invalid: true }
 */
export function normalizeEmail(text: string | null): NormalizedEmail {
  if (text === null || text === '') return MISSING;
  const at = text.indexOf('@');
  if (at <= 0 || text.indexOf('@', at + 1) !== -1) return INVALID;
  const domain = text.slice(at + 1);
  if (!domain.includes('.') || WHITE_SPACE.test(domain)) return INVALID;
  return { email: text.toLowerCase(), invalid: false };
}
