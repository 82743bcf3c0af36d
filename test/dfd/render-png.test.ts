import { Resvg } from '@resvg/resvg-js';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Dfd } from '../../src/dfd/model.ts';
import { renderDfdPng } from '../../src/dfd/render-png.ts';
import { renderDfdSvg } from '../../src/dfd/render-svg.ts';

const dfd: Dfd = {
  name: 'tiny',
  title: 'Tiny',
  level: 0,
  description: '',
  nodes: [
    { kind: 'external', id: 'E1', label: 'Google Ads', description: '' },
    { kind: 'process', id: '1', label: 'Enrich', description: '' },
  ],
  flows: [
    { id: 'F1', from: 'E1', to: '1', data: 'clicks' },
    { id: 'F2', from: '1', to: 'E1', data: 'audiences' },
  ],
};

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const pngSuite = suite('renderDfdPng(dfd, options)');

pngSuite('writes a PNG image', async () => {
  const png = await renderDfdPng(dfd);
  assert.equal([...png.subarray(0, 8)], PNG_SIGNATURE);
});

pngSuite('gives the same bytes on a second run', async () => {
  const first = await renderDfdPng(dfd);
  const second = await renderDfdPng(structuredClone(dfd));
  assert.ok(Buffer.from(first).equals(Buffer.from(second)));
});

pngSuite('draws the text with the shipped font files', async () => {
  // Without any font resvg draws no glyphs, so a picture with text must differ from that one.
  const svg = await renderDfdSvg(dfd);
  const withoutFonts = new Resvg(svg, { background: 'white', font: { loadSystemFonts: false, fontFiles: [] } }).render().asPng();
  const png = await renderDfdPng(dfd, { scale: 1 });
  assert.not.ok(Buffer.from(png).equals(withoutFonts));
});

pngSuite('scales the image with the scale option', async () => {
  const width = (png: Uint8Array): number => Buffer.from(png).readUInt32BE(16);
  const one = width(await renderDfdPng(dfd, { scale: 1 }));
  const two = width(await renderDfdPng(dfd, { scale: 2 }));
  assert.ok(Math.abs(two - 2 * one) <= 1, `${two} is about twice ${one}`);
});

pngSuite.run();
