import { existsSync } from 'node:fs';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { dfdFontFiles } from '../../src/dfd/font.ts';

const fontSuite = suite('dfdFontFiles()');

fontSuite('points at the four DejaVu Sans faces shipped by the npm package', () => {
  const files = dfdFontFiles();
  assert.equal(files.map((file) => file.split('/').pop()), ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSans-Oblique.ttf', 'DejaVuSans-BoldOblique.ttf']);
  for (const file of files) assert.ok(existsSync(file), `${file} exists`);
});

fontSuite.run();
