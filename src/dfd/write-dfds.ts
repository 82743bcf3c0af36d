import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { allDfds } from './all-dfds.ts';
import { toDfdGlossary } from './glossary.ts';
import type { Dfd } from './model.ts';
import { renderDfdPng } from './render-png.ts';
import { renderDfdSvg } from './render-svg.ts';
import { assertValidDfd } from './validate-dfd.ts';

/** Options of `writeDfds`. */
export interface WriteDfdsOptions {
  /** The diagrams to write. [dfds=allDfds] */
  dfds?: readonly Dfd[];
}

/**
 * Validates every diagram, then writes `<name>.svg` and `<name>.png` for each and the glossary
 * `README.md` into a directory. Nothing is written when any diagram breaks a rule. The files
 * depend only on the models, so running it twice gives the same bytes.
 *
 * @param outDir - The directory, created if missing, e.g. `exports/dfd`.
 * @param options - Which diagrams.
 * @returns The paths written, in a fixed order: per diagram its SVG then PNG, then the README.
 * @example
 * const paths = await writeDfds('exports/dfd');
 */
export async function writeDfds(outDir: string, { dfds = allDfds }: WriteDfdsOptions = {}): Promise<string[]> {
  for (const dfd of dfds) assertValidDfd(dfd);
  await mkdir(outDir, { recursive: true });
  const written: string[] = [];
  for (const dfd of dfds) {
    const svgPath = join(outDir, `${dfd.name}.svg`);
    await writeFile(svgPath, await renderDfdSvg(dfd));
    const pngPath = join(outDir, `${dfd.name}.png`);
    await writeFile(pngPath, await renderDfdPng(dfd));
    written.push(svgPath, pngPath);
  }
  const readme = join(outDir, 'README.md');
  await writeFile(readme, toDfdGlossary(dfds));
  written.push(readme);
  return written;
}
