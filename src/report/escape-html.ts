const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for HTML or SVG content and attribute values, so text from data always shows
 * as text and never becomes markup.
 * @param value any value; null and undefined give an empty string
 * @returns the escaped text
 * @example escapeHtml('<img src=x>') // "&lt;img src=x&gt;"
 */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (character) => ENTITIES[character]);
}
