import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { ReportData } from '../contract/answers.ts';
import { dataFlowSection, definitionsSection, provenanceSection, type DiagramLink } from './about-sections.ts';
import { chartSections } from './chart-sections.ts';
import { dataQualitySection } from './data-quality-section.ts';
import { escapeHtml } from './escape-html.ts';
import { formatDate } from './format.ts';
import { reportHeader, STREAM_DATA_DESCRIPTION } from './report-header.ts';
import { REPORT_STYLE } from './report-style.ts';

/** Options for {@link buildReport} and {@link writeReport}. */
export interface BuildReportOptions {
  /** The page's heading and title ['Stream performance report']. */
  title?: string;
  /** One sentence on what the data is [Stream's payments, subscriptions and customers…]. */
  dataDescription?: string;
  /**
   * The level-0 data-flow diagram as SVG markup, shown under "Where the data comes from".
   * It is inserted as markup, so it must come from our own code; scripts are refused [none].
   */
  contextDiagramSvg?: string;
  /** Links to the other data-flow diagrams, relative to the report [none]. */
  diagramLinks?: DiagramLink[];
  /** Link to the notebooks, relative to the report [none]. */
  notebooksHref?: string;
}

/**
 * Builds the performance report: one self-contained HTML page with inline CSS and SVG charts,
 * no JavaScript and no network requests. The same data and options always give the same bytes.
 * @param data what the report shows: the answers document and its context
 * @param options title, description, diagrams and links
 * @returns the HTML page
 * @example const html = buildReport(reportData, {notebooksHref: '../notebooks/'});
 */
export function buildReport(
  data: ReportData,
  { title = 'Stream performance report', dataDescription = STREAM_DATA_DESCRIPTION, contextDiagramSvg, diagramLinks = [], notebooksHref }: BuildReportOptions = {},
): string {
  const flow = dataFlowSection(contextDiagramSvg, diagramLinks);
  const contents: [string, string][] = [
    ['average-transaction', 'Average transaction'],
    ['top-category', 'Top category'],
    ['revenue-growth', 'Revenue growth'],
    ['top-users', 'Top users'],
    ['data-quality', 'Data quality'],
    ...(flow ? ([['data-flow', 'Data flow']] as [string, string][]) : []),
    ['definitions', 'Definitions'],
    ['provenance', 'How it was made'],
  ];
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    // Belt and braces for "no script, no network": the browser itself refuses both.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    `<title>${escapeHtml(`${title}, as of ${formatDate(data.answers.as_of)}`)}</title>`,
    `<style>\n${REPORT_STYLE}\n</style>`,
    '</head>',
    '<body>',
    reportHeader(data, { title, dataDescription, contents }),
    '<main>',
    chartSections(data),
    dataQualitySection(data),
    flow,
    definitionsSection(),
    provenanceSection(data, notebooksHref),
    '</main>',
    `<footer><p>Built by etlbook from the command and files listed above. Charts: Observable Plot. Figures as of ${escapeHtml(formatDate(data.answers.as_of))}.</p></footer>`,
    '</body>',
    '</html>',
    '',
  ]
    .filter((part) => part !== '')
    .join('\n')
    .concat('\n');
}

/**
 * Builds the report and writes it to `file`, creating its folder if needed.
 * @param data what the report shows
 * @param file where to write, e.g. `exports/report.html`
 * @param options as for {@link buildReport}
 * @returns the HTML that was written
 * @example await writeReport(reportData, 'exports/report.html');
 */
export async function writeReport(data: ReportData, file: string, options: BuildReportOptions = {}): Promise<string> {
  const html = buildReport(data, options);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, html, 'utf8');
  return html;
}
