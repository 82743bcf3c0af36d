/**
 * Customer names that break careless code: HTML and SQL injection, a huge value,
 * emoji, right-to-left text, and the characters that need RFC 4180 quoting. Each is a
 * legitimate name the pipeline must load, store and render safely.
 */

/** Hostile names by fault kind. */
export const HOSTILE_NAMES: Record<string, string> = {
  'name:html_script': '<script>alert(1)</script>',
  'name:html_img_onerror': '<img src=x onerror=alert(1)>',
  'name:sql_injection': "'); drop table users;--",
  'name:ten_thousand_characters': `Ada Ltd ${'x'.repeat(10_000 - 8)}`,
  'name:emoji': 'Rocket 🚀 Labs 👩🏽‍💻',
  'name:right_to_left': 'شركة البث المحدودة',
  'name:right_to_left_mixed': 'Stream ישראל Ltd',
  'name:comma': 'Ada, Lovelace & Babbage, Ltd',
  'name:quotes': 'The "Quoted" Company',
  'name:embedded_newline': 'Multi\nLine Holdings\r\nInc.',
};
