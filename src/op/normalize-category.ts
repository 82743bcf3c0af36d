import type { Category } from '../contract/stream.ts';

/** A product category after the contract's category rule. */
export interface NormalizedCategory {
  /** The canonical category, `Unknown` when the text matched none. */
  category: Category;
  /** False when the text matched no name or alias (an `unknown_category` warning). */
  known: boolean;
}

// Keys are lower case: matching is case-insensitive on the whole text-normalized field.
const CATEGORY_BY_NAME = new Map<string, Category>([
  ['chat', 'Chat'],
  ['feeds', 'Feeds'],
  ['video', 'Video'],
  ['moderation', 'Moderation'],
  ['chat messaging', 'Chat'],
  ['activity feeds', 'Feeds'],
  ['video & audio', 'Video'],
  ['video and audio', 'Video'],
]);

const UNKNOWN: NormalizedCategory = Object.freeze({ category: 'Unknown', known: false });

/**
 * Maps a product category to its canonical name: `Chat`, `Feeds`, `Video`, `Moderation`
 * or one of their aliases (`Chat Messaging`, `Activity Feeds`, `Video & Audio`,
 * `Video and Audio`), in any case. Anything else, missing included, is `Unknown`.
 *
 * @param text - A text-normalized field, or null when it was empty.
 * @returns The category and whether it was recognised; unrecognised input returns one
 *   frozen shared object.
 * @example
 * normalizeCategory('video & AUDIO'); // { category: 'Video', known: true }
 * normalizeCategory('Voice'); // { category: 'Unknown', known: false }
 */
export function normalizeCategory(text: string | null): NormalizedCategory {
  if (text === null) return UNKNOWN;
  const category = CATEGORY_BY_NAME.get(text.toLowerCase());
  return category === undefined ? UNKNOWN : { category, known: true };
}
