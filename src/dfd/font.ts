import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The one font family of every diagram. Graphviz sizes the boxes with its metrics table for
 * DejaVu Sans and the PNG is drawn with the same TrueType files, so text fits in both.
 */
export const DFD_FONT_FAMILY = 'DejaVu Sans';

const FACES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSans-Oblique.ttf', 'DejaVuSans-BoldOblique.ttf'];

/**
 * Paths of the DejaVu Sans TrueType files shipped by the `dejavu-fonts-ttf` npm package:
 * regular, bold, oblique and bold oblique. The PNG renderer loads only these, so the images
 * are the same on a machine without system fonts.
 *
 * @returns Absolute paths of the four font files.
 * @example
 * new Resvg(svg, { font: { loadSystemFonts: false, fontFiles: dfdFontFiles(), defaultFontFamily: DFD_FONT_FAMILY } });
 */
export function dfdFontFiles(): string[] {
  const packageJson = createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json');
  return FACES.map((face) => join(dirname(packageJson), 'ttf', face));
}
