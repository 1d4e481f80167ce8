/**
 * The site's one style sheet (style.css): system fonts only, readable at 320 px and at 200% zoom,
 * shapes and words beside every colour, and print rules so a force page prints as an A4 report.
 */
export const styleSheet = `:root {
  color-scheme: light;
  --ink: #1b1b1b;
  --muted: #4a4a4a;
  --line: #6b6b6b;
  --paper: #ffffff;
  --tint: #f3f2f1;
  --accent: #1d4f91;
  --force: #1d4f91;
  --peer: #505a5f;
  --draft: #8a1c00;
  --mark-bg: #fff4d6;
}
*, *::before, *::after { box-sizing: border-box; }
html { font-size: 100%; }
body {
  margin: 0;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  line-height: 1.5;
  color: var(--ink);
  background: var(--paper);
  overflow-wrap: anywhere;
}
a { color: var(--accent); text-decoration-thickness: 1px; text-underline-offset: 2px; }
a:focus-visible, input:focus-visible, summary:focus-visible { outline: 3px solid #ffbf47; outline-offset: 2px; }
.skip { position: absolute; left: -999rem; }
.skip:focus { position: static; display: block; padding: .5rem 1rem; background: #ffbf47; color: #0b0c0c; }
.site-header, main, .site-footer { max-width: 62rem; margin: 0 auto; padding: 0 1rem; }
.site-header { padding-top: .75rem; border-bottom: 1px solid var(--line); }
.site-name { font-weight: 700; margin: 0; }
.site-nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; margin: .25rem 0 .75rem; padding: 0; }
.site-nav a[aria-current="page"] { font-weight: 700; text-decoration: none; color: var(--ink); }
.mark { margin: .5rem 0; padding: .5rem .75rem; border: 2px solid var(--ink); background: var(--mark-bg); }
.mark-draft { border-color: var(--draft); color: var(--draft); font-weight: 700; }
main { padding-top: 1rem; padding-bottom: 2rem; }
h1 { font-size: 1.75rem; line-height: 1.2; margin: .5rem 0 1rem; }
h2 { font-size: 1.4rem; line-height: 1.25; margin: 2rem 0 .75rem; }
h3 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; }
h4 { font-size: 1rem; margin: 1.25rem 0 .25rem; }
p, li, dd { max-width: 42rem; }
.lede { font-size: 1.1rem; }
.meta { color: var(--muted); }
table { border-collapse: collapse; margin: .5rem 0 1rem; font-size: .9375rem; }
caption { text-align: left; font-weight: 700; padding-bottom: .25rem; }
th, td { text-align: left; vertical-align: top; padding: .3rem .5rem .3rem 0; border-bottom: 1px solid #b1b4b6; }
td.number, th.number { text-align: right; padding-left: .5rem; }
tr.this-force th, tr.this-force td { font-weight: 700; }
.grades { display: grid; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); gap: .75rem; margin: 0 0 1rem; padding: 0; list-style: none; }
.grades li, .grade-box { border: 2px solid var(--ink); padding: .5rem .75rem; }
.grade-name { display: block; font-size: 1.35rem; font-weight: 700; }
.grade-note { display: block; color: var(--muted); font-size: .9375rem; }
.answer p { margin: .25rem 0 .75rem; }
.data-set { margin: 1.5rem 0; padding-top: .5rem; border-top: 1px solid #b1b4b6; }
.charts { display: flex; flex-wrap: wrap; gap: 1rem 1.5rem; align-items: flex-start; }
figure { margin: 0; }
.chart-block { flex: 1 1 18rem; min-width: 0; max-width: 30rem; }
.chart-block.small { flex: 0 1 15rem; }
figcaption { font-size: .9375rem; margin-top: .25rem; }
svg.chart { display: block; width: 100%; height: auto; font-family: inherit; }
svg .label, svg .value, svg .tick-label, svg .legend { font-size: 13px; fill: var(--ink); }
svg .this-force .label, svg .this-force .value { font-weight: 700; }
svg .interval, svg .cap { stroke: var(--peer); stroke-width: 2; }
svg .this-force .interval, svg .this-force .cap { stroke: var(--force); stroke-width: 3; }
svg .marker-peer { fill: var(--paper); stroke: var(--peer); stroke-width: 2; }
svg .marker-force { fill: var(--force); stroke: var(--force); }
svg .average { stroke: var(--ink); stroke-width: 2; stroke-dasharray: 6 4; }
svg .average-all { stroke: var(--ink); stroke-width: 2; stroke-dasharray: 2 3; }
svg .axis, svg .tick { stroke: var(--line); stroke-width: 1; }
svg .series-line { fill: none; stroke: var(--force); stroke-width: 2.5; }
svg .series-point { fill: var(--force); }
details { margin: .25rem 0 .75rem; }
summary { cursor: pointer; color: var(--accent); }
.search { margin: 1rem 0 1.5rem; }
.search label { display: block; font-weight: 700; margin-bottom: .25rem; }
.search input { font: inherit; padding: .4rem .5rem; width: 100%; max-width: 24rem; border: 2px solid var(--ink); }
.region-list { columns: 15rem auto; margin: 0; padding-left: 1.25rem; }
.dates, .facts { display: grid; grid-template-columns: minmax(8rem, max-content) 1fr; gap: .25rem 1rem; margin: .5rem 0 1rem; }
.dates dt, .facts dt { font-weight: 700; }
.dates dd, .facts dd { margin: 0; }
.definition { margin: .25rem 0; }
.response { margin: .75rem 0 1rem; }
.response blockquote { margin: 0; padding: .25rem 0 .25rem 1rem; border-left: 4px solid var(--line); }
.response figcaption { color: var(--muted); }
.csv-link { margin: .25rem 0 .75rem; font-size: .9375rem; }
.site-footer { border-top: 1px solid var(--line); padding-top: .75rem; padding-bottom: 2rem; color: var(--muted); font-size: .9375rem; }
@media (forced-colors: active) {
  svg .marker-force, svg .series-point { fill: CanvasText; stroke: CanvasText; }
  svg .interval, svg .cap, svg .average, svg .average-all, svg .axis, svg .tick, svg .series-line { stroke: CanvasText; }
  svg text { fill: CanvasText; }
}
@page {
  size: A4;
  margin: 18mm 16mm 20mm;
  @bottom-center { content: "Page " counter(page) " of " counter(pages); font-size: 9pt; }
}
@media print {
  html { font-size: 10.5pt; }
  body { overflow-wrap: break-word; }
  .skip, .site-nav, .search, summary, .no-print { display: none !important; }
  .site-header, main, .site-footer { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  h2, h3, h4 { break-after: avoid; }
  section.domain { break-before: page; }
  .csv-link { display: none; }
  figure, .grade-box, .grades li, table, .mark { break-inside: avoid; }
  .charts { display: block; }
  .chart-block { max-width: 120mm; margin-bottom: 4mm; }
  .chart-block.small { max-width: 70mm; }
  details:not([open]) > :not(summary) { display: none; }
}
`;
