import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { escapeHtml } from '../../src/report/escape-html.ts';

const escape = suite('escapeHtml(value)');
escape('turns markup into text', () => {
  assert.is(escapeHtml('<img src=x onerror=alert(1)>'), '&lt;img src=x onerror=alert(1)&gt;');
});
escape('escapes quotes so a value cannot leave its attribute', () => {
  assert.is(escapeHtml(`"' &`), '&quot;&#39; &amp;');
});
escape('shows null as nothing', () => {
  assert.is(escapeHtml(null), '');
});
escape.run();
