import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { escapeXml } from '../../src/dfd/escape-xml.ts';

const escapeSuite = suite('escapeXml(text)');

escapeSuite('replaces the five XML special characters with entities', () => {
  assert.is(escapeXml(`Video & Audio <"beta"> 'x'`), 'Video &amp; Audio &lt;&quot;beta&quot;&gt; &#39;x&#39;');
});

escapeSuite('leaves other text, accents included, as it is', () => {
  assert.is(escapeXml('Gane–Sarson · café'), 'Gane–Sarson · café');
});

escapeSuite.run();
