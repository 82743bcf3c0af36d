/**
 * Chart colours from the Okabe–Ito palette, which stays distinguishable under the common
 * colour-vision deficiencies. Each is a CSS variable with a fallback: a standalone SVG uses
 * the fallback, and the report page redefines the variables for dark mode.
 */
export const PALETTE = {
  /** Highlight, growth and the first series (Okabe–Ito blue). */
  accent: 'var(--etl-accent, #0072B2)',
  /** Decline and the second series (Okabe–Ito vermillion). */
  contrast: 'var(--etl-contrast, #D55E00)',
  /** Everything that is context rather than finding. */
  muted: 'var(--etl-muted, #A3A3A3)',
  /** Secondary text: subtitles, notes. */
  subtle: 'var(--etl-subtle, #555555)',
  /** The page background, for hollow marks. */
  background: 'var(--etl-background, #FFFFFF)',
} as const;
