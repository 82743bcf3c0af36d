/** One measured stage. */
export interface StageFigure {
  stage: string;
  seconds: number;
  rows: number;
  /** Peak resident memory of this process so far, MiB. */
  peakRssMiB: number;
}

/**
 * Times a stage and records the process's peak RSS after it.
 * @param figures where the figure is appended
 * @param stage the stage's name
 * @param rows rows the stage handled, for rows/s
 * @param work the stage
 * @returns what the stage returned
 */
export async function measure<T>(figures: StageFigure[], stage: string, rows: number, work: () => Promise<T> | T): Promise<T> {
  const started = performance.now();
  const result = await work();
  figures.push({
    stage,
    seconds: (performance.now() - started) / 1000,
    rows,
    peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
  });
  return result;
}

/**
 * The figures as an aligned text table.
 * @param figures the measured stages
 * @returns the table
 */
export function formatFigures(figures: readonly StageFigure[]): string {
  const rows = figures.map((figure) => [
    figure.stage,
    figure.seconds.toFixed(2),
    figure.rows > 0 && figure.seconds > 0 ? Math.round(figure.rows / figure.seconds).toLocaleString('en-US') : '–',
    figure.peakRssMiB.toLocaleString('en-US'),
  ]);
  const head = ['stage', 'seconds', 'rows/s', 'peak RSS MiB'];
  const widths = head.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  return [line(head), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}
