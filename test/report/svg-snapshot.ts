import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as assert from 'uvu/assert';

const OUTPUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'output');

// Rounds every decimal to 3 places, so a change in the last floating-point digits of a
// layout computation does not fail the snapshot (Plot's test/plot-snapshot.js does the same).
function normalize(svg: string): string {
  return svg.replace(/\d+\.\d+/g, (number) => String(Math.round(Number(number) * 1000) / 1000));
}

/**
 * Compares `svg` with `test/output/<name>.svg`. A missing snapshot is written and the check
 * passes (commit it); a mismatch writes `<name>-changed.svg` beside it and fails.
 */
export function assertSvgSnapshot(name: string, svg: string): void {
  const expected = join(OUTPUT, `${name}.svg`);
  const changed = join(OUTPUT, `${name}-changed.svg`);
  if (!existsSync(expected)) {
    mkdirSync(OUTPUT, { recursive: true });
    writeFileSync(expected, svg, 'utf8');
    return;
  }
  if (normalize(readFileSync(expected, 'utf8')) === normalize(svg)) {
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, svg, 'utf8');
  assert.unreachable(`${name}.svg differs from its snapshot; see test/output/${name}-changed.svg and replace the snapshot if the change is intended`);
}
