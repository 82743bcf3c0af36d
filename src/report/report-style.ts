/**
 * The report page's whole stylesheet, inlined so the page needs nothing but itself: light and
 * dark colour schemes, a layout that reads from 360 px up, and a print style.
 */
export const REPORT_STYLE = `
:root {
  color-scheme: light dark;
  --bg: #ffffff; --fg: #1c2026; --fg-soft: #4d5561; --rule: #d8dce2; --card: #f5f6f8;
  --etl-accent: #0072B2; --etl-contrast: #D55E00; --etl-muted: #A3A3A3;
  --etl-subtle: #555b65; --etl-background: #ffffff;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #14171b; --fg: #e7e9ec; --fg-soft: #a9b1bb; --rule: #333a43; --card: #1d2127;
    --etl-accent: #56B4E9; --etl-contrast: #E69F00; --etl-muted: #69717c;
    --etl-subtle: #a9b1bb; --etl-background: #14171b;
  }
}
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  margin: 0 auto; padding: 1.5rem 1rem 3rem; max-width: 62rem;
  background: var(--bg); color: var(--fg);
  font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
}
h1, h2, h3 { line-height: 1.25; margin: 0 0 .5rem; }
h1 { font-size: 1.9rem; letter-spacing: -.01em; }
h2 { font-size: 1.35rem; margin-top: 2.75rem; padding-top: 1rem; border-top: 1px solid var(--rule); }
h3 { font-size: 1.05rem; margin-top: 1.5rem; }
p { margin: 0 0 .75rem; }
a { color: var(--etl-accent); }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .9em; overflow-wrap: anywhere; }
.eyebrow { text-transform: uppercase; letter-spacing: .08em; font-size: .8rem; color: var(--fg-soft); margin-bottom: .25rem; }
.lede { font-size: 1.05rem; color: var(--fg-soft); max-width: 48rem; }
.lede strong { color: var(--fg); }
nav ol { display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; padding: 0; margin: 1rem 0 0; list-style: none; font-size: .9rem; }
.figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(13.5rem, 1fr)); gap: .75rem; margin: 1.5rem 0 .5rem; }
.figure { background: var(--card); border: 1px solid var(--rule); border-radius: 8px; padding: .9rem 1rem; min-width: 0; }
.figure .label { font-size: .85rem; color: var(--fg-soft); margin: 0 0 .2rem; }
.figure .value { font-size: 1.65rem; font-weight: 700; margin: 0; font-variant-numeric: tabular-nums; overflow-wrap: anywhere; }
.figure .change { font-size: .85rem; margin: .3rem 0 0; color: var(--fg-soft); }
.up { color: var(--etl-accent); font-weight: 600; }
.down { color: var(--etl-contrast); font-weight: 600; }
.question { color: var(--fg-soft); margin-top: -.25rem; }
figure.chart { margin: 1rem 0 0; }
.etl-chart { display: block; max-width: 100%; height: auto; overflow: visible; }
.chart-narrow { display: none; }
@media (max-width: 600px) {
  .chart-wide { display: none; }
  .chart-narrow { display: block; }
  h1 { font-size: 1.6rem; }
  th, td { padding: .4rem .35rem; }
  table.stack thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
  table.stack tr { display: block; border-bottom: 1px solid var(--rule); padding: .35rem 0; }
  table.stack th, table.stack td { display: flex; justify-content: space-between; gap: 1rem; border: 0; padding: .15rem .25rem; text-align: right; }
  table.stack :is(th, td)::before { content: attr(data-label); font-weight: 400; color: var(--fg-soft); text-align: left; }
  table.stack tbody :is(th, td):first-child, table.stack tfoot :is(th, td):first-child { font-weight: 600; }
}
details { margin: .75rem 0 0; border: 1px solid var(--rule); border-radius: 6px; padding: .4rem .75rem; }
summary { cursor: pointer; font-size: .9rem; color: var(--fg-soft); }
details[open] summary { margin-bottom: .5rem; }
.table-scroll { overflow-x: auto; max-width: 100%; margin: .5rem 0 1rem; }
table { border-collapse: collapse; width: 100%; font-size: .92rem; }
caption { text-align: left; font-size: .85rem; color: var(--fg-soft); padding-bottom: .35rem; }
th, td { text-align: left; padding: .4rem .6rem; border-bottom: 1px solid var(--rule); vertical-align: top; }
thead th { font-size: .8rem; text-transform: uppercase; letter-spacing: .04em; color: var(--fg-soft); border-bottom-width: 2px; }
tfoot th { border-top: 2px solid var(--rule); }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.wrap { overflow-wrap: anywhere; min-width: 8rem; }
.detail { display: block; font-size: .82rem; color: var(--fg-soft); }
.clamp { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 3; line-clamp: 3; overflow: hidden; }
dl { margin: 0; }
dt { font-weight: 600; margin-top: .9rem; }
dd { margin: .15rem 0 0; color: var(--fg-soft); }
.diagram svg { display: block; max-width: 100%; height: auto; }
.note { font-size: .9rem; color: var(--fg-soft); }
footer { margin-top: 3rem; padding-top: 1rem; border-top: 1px solid var(--rule); font-size: .85rem; color: var(--fg-soft); }
@media print {
  :root {
    color-scheme: light;
    --bg: #ffffff; --fg: #000000; --fg-soft: #333333; --rule: #bbbbbb; --card: #ffffff;
    --etl-accent: #0072B2; --etl-contrast: #D55E00; --etl-muted: #A3A3A3; --etl-subtle: #444444; --etl-background: #ffffff;
  }
  body { max-width: none; padding: 0; font-size: 11pt; }
  nav { display: none; }
  .chart-wide { display: block; }
  .chart-narrow { display: none; }
  h2 { break-after: avoid; }
  figure.chart, .figures, tr { break-inside: avoid; }
  details { border: 0; padding: 0; }
  summary { list-style: none; font-weight: 600; color: var(--fg); }
  details::details-content { content-visibility: visible; display: block; }
  a { color: inherit; text-decoration: none; }
}
`.trim();
