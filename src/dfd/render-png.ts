import { Resvg } from '@resvg/resvg-js';
import { DFD_FONT_FAMILY, dfdFontFiles } from './font.ts';
import type { Dfd } from './model.ts';
import { renderDfdSvg } from './render-svg.ts';
import type { ToDotOptions } from './to-dot.ts';

/** Options of `renderDfdPng`. */
export interface RenderDfdPngOptions extends ToDotOptions {
  /** Pixels per SVG pixel; 1.5 keeps 12-point labels crisp when the image is shown at 100%. [scale=1.5] */
  scale?: number;
}

/**
 * Validates a diagram and renders it to PNG: the SVG of `renderDfdSvg`, rasterized by resvg with
 * only the DejaVu Sans files of the `dejavu-fonts-ttf` package, on a white background. No system
 * font is read, so the bytes are the same on every machine.
 *
 * @param dfd - The diagram; a diagram that breaks a rule of `validateDfd` is rejected.
 * @param options - Scale, and the layout and text sizes passed to `toDot`.
 * @returns The PNG file's bytes.
 * @example
 * await writeFile('context.png', await renderDfdPng(contextDfd));
 */
export async function renderDfdPng(dfd: Dfd, { scale = 1, ...options }: RenderDfdPngOptions = {}): Promise<Uint8Array> {
  const svg = await renderDfdSvg(dfd, options);
  const resvg = new Resvg(svg, {
    background: 'white',
    fitTo: { mode: 'zoom', value: scale },
    font: { loadSystemFonts: false, fontFiles: dfdFontFiles(), defaultFontFamily: DFD_FONT_FAMILY },
  });
  return new Uint8Array(resvg.render().asPng());
}
