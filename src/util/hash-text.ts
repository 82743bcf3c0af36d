/**
 * Two independent 32-bit hashes of a text (MurmurHash3's mixing over UTF-16 code units, with two
 * seeds), together a 64-bit fingerprint. Equal texts always give equal pairs; two different texts
 * give the same pair about once in 2^64, so a set of fingerprints can stand in for a set of texts
 * wherever a rare false match is settled later by comparing the texts themselves.
 * @param text the text
 * @param out where to write the pair: `out[at]` and `out[at + 1]`
 * @param at [0] the index of the first of the two
 * @example
 * const pair = new Uint32Array(2);
 * hashText('txn_00000001', pair);
 */
export function hashText(text: string, out: Uint32Array, at = 0): void {
  let h1 = 0x9747b28c;
  let h2 = 0x2f1b6a5d;
  for (let i = 0; i < text.length; i++) {
    const k = mixKey(text.charCodeAt(i));
    h1 = mixInto(h1, k);
    h2 = mixInto(h2, k ^ 0x85ebca6b);
  }
  out[at] = finish(h1, text.length);
  out[at + 1] = finish(h2, text.length);
}

function mixKey(code: number): number {
  let k = Math.imul(code, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  return Math.imul(k, 0x1b873593);
}

function mixInto(h: number, k: number): number {
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

function finish(h: number, length: number): number {
  h ^= length;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * The first of {@link hashText}'s two hashes alone, for lookups that confirm a match by comparing
 * the texts themselves and so need no 64-bit fingerprint: half the work.
 * @param text the text
 * @returns the hash, as `hashText` writes it first
 * @example
 * const pair = new Uint32Array(2);
 * hashText('C00042', pair);
 * hashText32('C00042') === pair[0]; // true
 */
export function hashText32(text: string): number {
  let h = 0x9747b28c;
  for (let i = 0; i < text.length; i++) h = mixInto(h, mixKey(text.charCodeAt(i)));
  return finish(h, text.length);
}
