import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Page } from 'playwright-core';

/** Debian's Chromium; we never download a browser. */
export const CHROMIUM = '/usr/bin/chromium';

/** Options for {@link checkReportInBrowser}. */
export interface CheckReportOptions {
  /** Folder for the light, dark and narrow screenshots [none: no screenshots]. */
  screenshots?: string;
  /** File-name prefix of the screenshots ['report']. */
  name?: string;
}

/** One chart as the browser shows it. */
export interface ChartInBrowser {
  id: string;
  /** Marks that carry a tooltip: bars, dots, labels. */
  marks: number;
  width: number;
  height: number;
}

/** What the browser saw, for a test to assert on. */
export interface ReportInBrowser {
  url: string;
  consoleErrors: string[];
  /** Every URL the page requested, the page's own file included. */
  requests: string[];
  /** Messages of any alert, confirm or prompt: there must be none. */
  dialogs: string[];
  /** Visible charts at desktop width, then at 375 px. */
  wideCharts: ChartInBrowser[];
  narrowCharts: ChartInBrowser[];
  /** The headline figures' values by their `data-figure` key. */
  headline: Record<string, string>;
  /** The page's text, as a reader would select it. */
  text: string;
  /** Elements that could load or run something: script, img, iframe, object, embed. */
  activeElements: number;
  /** `document.documentElement.scrollWidth` at a 375 px wide viewport. */
  scrollWidthAt375: number;
}

function visibleCharts(page: Page): Promise<ChartInBrowser[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<SVGSVGElement>('svg.etl-chart')]
      .filter((svg) => svg.getBoundingClientRect().width > 0)
      .map((svg) => ({
        id: svg.id,
        marks: svg.querySelectorAll('g[aria-label] > :is(rect, circle, path, text) > title').length,
        width: Math.round(svg.getBoundingClientRect().width),
        height: Math.round(svg.getBoundingClientRect().height),
      })),
  );
}

/**
 * Opens a report from disk in headless Chromium and records what a reader's browser does with
 * it: console errors, requests, dialogs, the charts drawn, the headline figures, the text and
 * the page width on a phone. Optionally saves light, dark and narrow screenshots.
 * @param file path of the HTML report
 * @param options where to save screenshots
 * @returns what the browser saw
 * @example const seen = await checkReportInBrowser('exports/report.html'); assert.equal(seen.requests.length, 1);
 */
export async function checkReportInBrowser(file: string, { screenshots, name = 'report' }: CheckReportOptions = {}): Promise<ReportInBrowser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is not installed at ${CHROMIUM}: run \`apt-get install -y chromium\` (CI installs it)`);
  }
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const url = pathToFileURL(file).href;
    const seen = { consoleErrors: [] as string[], requests: [] as string[], dialogs: [] as string[] };
    page.on('console', (message) => {
      if (message.type() === 'error') seen.consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => seen.consoleErrors.push(error.message));
    page.on('request', (request) => seen.requests.push(request.url()));
    page.on('dialog', (dialog) => {
      seen.dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(url, { waitUntil: 'load' });
    if (screenshots) await mkdir(screenshots, { recursive: true });
    const shoot = async (variant: string) => {
      if (screenshots) await page.screenshot({ path: join(screenshots, `${name}-${variant}.png`), fullPage: true });
    };

    const wideCharts = await visibleCharts(page);
    const facts = await page.evaluate(() => ({
      headline: Object.fromEntries(
        [...document.querySelectorAll('[data-figure]')].map((figure) => [figure.getAttribute('data-figure') ?? '', figure.querySelector('.value')?.textContent ?? '']),
      ),
      text: document.body.textContent ?? '',
      activeElements: document.querySelectorAll('script, img, iframe, object, embed').length,
    }));
    await shoot('light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await shoot('dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 375, height: 800 });
    const scrollWidthAt375 = await page.evaluate(() => document.documentElement.scrollWidth);
    const narrowCharts = await visibleCharts(page);
    await shoot('narrow');
    return { url, ...seen, wideCharts, narrowCharts, ...facts, scrollWidthAt375 };
  } finally {
    await browser.close();
  }
}
