import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { queryReportData } from '../analysis/query-answers.ts';
import type { Warehouse } from '../load/warehouse.ts';
import type { Answers, ReportData } from '../contract/answers.ts';
import { buildReport } from '../report/build-report.ts';
import { allDfds, renderDfdSvg, streamContextDfd } from '../dfd/index.ts';

/** Options for {@link buildStreamReport}. */
export interface StreamReportOptions {
  /** [schema='stream'] the case's schema */
  schema?: string;
  /** [asOf=latest loaded transaction date] report as known on this `YYYY-MM-DD` */
  asOf?: string | null;
  /** [command='etlbook report'] the command the report cites as how it was produced */
  command?: string;
  /** [answers=queried] the answers, when the caller has them already (a run just queried them) */
  answers?: Answers;
  /** [data=queried] everything the report shows, when the caller has it already (see `RunStreamOptions.report`) */
  data?: ReportData;
}

/**
 * The Stream report as HTML, from a loaded warehouse: the answers, the data-quality tables,
 * the context diagram, and links to the other diagrams and the notebooks.
 * @param warehouse a loaded warehouse
 * @param options see {@link StreamReportOptions}
 * @returns the page
 * @example
 * const html = await buildStreamReport(warehouse, { command: 'etlbook run' });
 */
export async function buildStreamReport(warehouse: Warehouse, { schema = 'stream', asOf = null, command = 'etlbook report', answers, data: given }: StreamReportOptions = {}): Promise<string> {
  const data = given ? { ...given, command } : await queryReportData(warehouse, { schema, asOf, command, answers });
  return buildReport(data, {
    contextDiagramSvg: await renderDfdSvg(streamContextDfd, { standalone: false }),
    // Relative to the report, which sits in exports/ beside dfd/ and notebooks/.
    diagramLinks: allDfds.filter((dfd) => dfd !== streamContextDfd).map((dfd) => ({ title: dfd.title, href: `dfd/${dfd.name}.svg` })),
    notebooksHref: 'notebooks/index.html',
  });
}

/**
 * Writes the Stream report to a file (creating its folder).
 * @param warehouse a loaded warehouse
 * @param out the file to write
 * @param options see {@link StreamReportOptions}
 * @returns the file written
 */
export async function writeStreamReport(warehouse: Warehouse, out: string, options: StreamReportOptions = {}): Promise<string> {
  const html = await buildStreamReport(warehouse, options);
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, html);
  return out;
}
