import type { DataSetAssessment } from "../engine/assessment";
import type { DataSet } from "../engine/catalogue/types";
import { changeWords, figureStyle, formatFigures, formatNumber } from "../engine/narrative";
import { intervalChartLayout, seriesChartLayout, type AverageInput, type IntervalInput } from "../engine/publish/chartGeometry";
import type { Estimate } from "../engine/stats/interval";
import type { CellValue } from "../engine/workbook";
import { html, type Html } from "./escape";

/** A coordinate for SVG: at most two decimals, no trailing zeros. */
export function coordinate(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** A formatted figure with its unit where the figure does not already carry it: "7.8 per 1,000 households", "14.3%", "£48,120". */
export function withUnit(formatted: string, dataSet: Pick<DataSet, "unit" | "multiplier">): string {
  const style = figureStyle(dataSet);
  if (style === "percent" || style === "points") return formatted;
  const rest = style === "money" ? dataSet.unit.replace(/^£\s*/, "").trim() : dataSet.unit.trim();
  return rest === "" ? formatted : `${formatted} ${rest}`;
}

export interface ChartContext {
  readonly force: string;
  /** A prefix unique on the page, for element ids. */
  readonly id: string;
  /** The confidence level, as 0.95. */
  readonly level: number;
  readonly figureOf: (force: string, dataSetId: string) => Estimate | null;
  /** Whether a force's figure for this data set and a year is illustrative (the workbook's Coverage table); none when absent. */
  readonly isIllustrative?: (force: string, year: string) => boolean;
  /** Adds a table's figures as a CSV file of the site and gives the link beside the table; none: no link. */
  readonly csv?: CsvLink;
}

/** Adds a CSV file (`what` names it; header and rows as in the table) and returns the link to it. */
export type CsvLink = (what: string, linkText: string, header: readonly string[], rows: readonly (readonly CellValue[])[]) => Html;

/** A figure for a CSV file: rounded to 4 decimals (as in the Profile sheet); null for none. */
export function csvFigure(n: number | null | undefined): number | null {
  return n === null || n === undefined || !Number.isFinite(n) ? null : Number(n.toFixed(4));
}

/** The words after a label whose figure is illustrative. */
export const ILLUSTRATIVE_LABEL = " (illustrative)";

const percent = (level: number): string => `${formatNumber(level * 100, Number.isInteger(level * 100) ? 0 : 1)}%`;
const hasInterval = (e: Estimate): boolean => e.upper - e.lower > 1e-12 * Math.max(1, Math.abs(e.estimate));

/**
 * The force against its similar forces for one data set: an SVG (the force first, marked by a filled
 * diamond, bold text and the words "this force"; its peers in alphabetical order with open circles; the
 * group's average as a dashed line, all forces' as a dotted one; intervals as lines), a caption that
 * says the same in words, and the figures as a table.
 */
export function groupChart(s: DataSetAssessment, c: ChartContext): Html {
  const own = s.figure;
  if (!own) return html`<p>There is no figure for ${c.force} in ${s.year}, so there is no chart.</p>`;
  const peers = [...s.peers].sort((a, b) => a.localeCompare(b, "en-GB"));
  const mark = (force: string) => (c.isIllustrative?.(force, s.year) ? ILLUSTRATIVE_LABEL : "");
  const members: IntervalInput[] = [{ label: `${c.force} (this force)${mark(c.force)}`, ...own, isForce: true }];
  const missing: string[] = [];
  for (const p of peers) {
    const f = c.figureOf(p, s.dataSet.id);
    if (f) members.push({ label: `${p}${mark(p)}`, ...f, isForce: false });
    else missing.push(p);
  }
  const averages: AverageInput[] = [];
  if (s.msgAverage !== null) averages.push({ label: "Average of similar forces", value: s.msgAverage });
  if (s.englandAndWales !== null) averages.push({ label: "England and Wales", value: s.englandAndWales.value });
  const values = [...members.flatMap((m) => [m.estimate, m.lower, m.upper]), ...averages.map((a) => a.value)];
  const shown = formatFigures(values, s.dataSet);
  const text = (i: number): string => shown[i] ?? "";
  const layout = intervalChartLayout(members, averages);
  const intervals = members.some(hasInterval);
  const titleId = `${c.id}-group-title`;
  const captionId = `${c.id}-group-caption`;
  const ownText = withUnit(text(0), s.dataSet);
  const words = [
    `${c.force}${mark(c.force)}: ${ownText}${hasInterval(own) ? ` (${percent(c.level)} interval ${text(1)} to ${text(2)})` : ""}.`,
    ...averages.map((a, i) => `${a.label}: ${text(members.length * 3 + i)}.`),
    s.position ? `${s.position.label}${s.position.tested ? "" : " (not tested: a figure with no sampling error)"}.` : "No comparison with similar forces could be made.",
    `The chart shows ${members.length === 1 ? "only this force" : `this force and ${members.length - 1} similar forces, in alphabetical order`}${intervals ? `, each with its ${percent(c.level)} interval` : ""}.`,
    missing.length > 0 ? `No figure for ${missing.join(", ")}.` : "",
  ].filter((w) => w !== "");
  const rows = layout.rows.map((r, i) => {
    const marker = r.isForce
      ? html`<path class="marker-force" d="M${coordinate(r.x)} ${coordinate(r.y - 7)}L${coordinate(r.x + 7)} ${coordinate(r.y)}L${coordinate(r.x)} ${coordinate(r.y + 7)}L${coordinate(r.x - 7)} ${coordinate(r.y)}Z"/>`
      : html`<circle class="marker-peer" cx="${coordinate(r.x)}" cy="${coordinate(r.y)}" r="4.5"/>`;
    const whisker = hasInterval(r)
      ? html`<line class="interval" x1="${coordinate(r.xLower)}" y1="${coordinate(r.y)}" x2="${coordinate(r.xUpper)}" y2="${coordinate(r.y)}"/><line class="cap" x1="${coordinate(r.xLower)}" y1="${coordinate(r.y - 5)}" x2="${coordinate(r.xLower)}" y2="${coordinate(r.y + 5)}"/><line class="cap" x1="${coordinate(r.xUpper)}" y1="${coordinate(r.y - 5)}" x2="${coordinate(r.xUpper)}" y2="${coordinate(r.y + 5)}"/>`
      : "";
    return html`<g class="${r.isForce ? "this-force" : "peer"}"><text class="label" x="${coordinate(layout.plotLeft)}" y="${coordinate(r.labelY)}">${r.label}</text><text class="value" x="${coordinate(layout.plotRight)}" y="${coordinate(r.labelY)}" text-anchor="end">${text(i * 3)}</text>${whisker}${marker}</g>\n`;
  });
  const axisY = layout.plotBottom + 4;
  const tickDecimals = Math.max(0, ...layout.ticks.map((t) => (String(t.value).split(".")[1] ?? "").length));
  const tickLabels = layout.ticks.map((t) => formatNumber(t.value, tickDecimals));
  const svg = html`<svg class="chart chart-group" viewBox="0 0 ${layout.width} ${coordinate(layout.height)}" role="img" aria-labelledby="${titleId}" aria-describedby="${captionId}">
<title id="${titleId}">${s.dataSet.name}: ${c.force} against similar forces</title>
${rows}${layout.averages.map((a, i) => html`<line class="${i === 0 && s.msgAverage !== null ? "average" : "average-all"}" x1="${coordinate(a.x)}" y1="${coordinate(layout.plotTop)}" x2="${coordinate(a.x)}" y2="${coordinate(layout.plotBottom)}"/>\n`)}<line class="axis" x1="${coordinate(layout.plotLeft)}" y1="${axisY}" x2="${coordinate(layout.plotRight)}" y2="${axisY}"/>
${layout.ticks.map((t, i) => html`<line class="tick" x1="${coordinate(t.x)}" y1="${axisY}" x2="${coordinate(t.x)}" y2="${axisY + 5}"/><text class="tick-label" x="${coordinate(t.x)}" y="${axisY + 19}" text-anchor="${i === 0 ? "start" : i === layout.ticks.length - 1 ? "end" : "middle"}">${tickLabels[i] ?? ""}</text>\n`)}${layout.averages.map((a, i) => html`<line class="${i === 0 && s.msgAverage !== null ? "average" : "average-all"}" x1="${coordinate(layout.plotLeft)}" y1="${coordinate(a.legendY - 4)}" x2="${coordinate(layout.plotLeft + 30)}" y2="${coordinate(a.legendY - 4)}"/><text class="legend" x="${coordinate(layout.plotLeft + 38)}" y="${coordinate(a.legendY)}">${a.label}: ${text(members.length * 3 + i)}</text>\n`)}</svg>`;
  const table = html`<details>
<summary>The figures as a table</summary>
<table>
<caption>${s.dataSet.name}, ${s.year}: ${s.dataSet.unit}</caption>
<thead><tr><th scope="col">Force</th><th scope="col" class="number">Figure</th>${intervals ? html`<th scope="col" class="number">Lower limit</th><th scope="col" class="number">Upper limit</th>` : ""}</tr></thead>
<tbody>
${members.map((m, i) => html`<tr${m.isForce ? html` class="this-force"` : ""}><th scope="row">${m.label}</th><td class="number">${text(i * 3)}</td>${intervals ? html`<td class="number">${text(i * 3 + 1)}</td><td class="number">${text(i * 3 + 2)}</td>` : ""}</tr>\n`)}${averages.map((a, i) => html`<tr><th scope="row">${a.label}</th><td class="number">${text(members.length * 3 + i)}</td>${intervals ? html`<td></td><td></td>` : ""}</tr>\n`)}${missing.map((p) => html`<tr><th scope="row">${p}</th><td class="number">No figure</td>${intervals ? html`<td></td><td></td>` : ""}</tr>\n`)}</tbody>
</table>
</details>`;
  const csvRows: (readonly CellValue[])[] = [
    ...members.map((m) => [m.label, csvFigure(m.estimate), ...(intervals ? [csvFigure(m.lower), csvFigure(m.upper)] : [])]),
    ...averages.map((a) => [a.label, csvFigure(a.value), ...(intervals ? [null, null] : [])]),
    ...missing.map((p) => [p, null, ...(intervals ? [null, null] : [])]),
  ];
  const link = c.csv?.(`${s.dataSet.id}-similar-forces`, `${s.dataSet.name} against similar forces, ${s.year} (CSV)`, [`Force`, `Figure (${s.dataSet.unit})`, ...(intervals ? ["Lower limit", "Upper limit"] : [])], csvRows);
  return html`<div class="chart-block">
<figure>
${svg}
<figcaption id="${captionId}">${words.join(" ")}</figcaption>
</figure>
${table}
${link}
</div>`;
}

/** What the direction's label rests on: the test run (or none), and the reference's change it was set against. */
function directionCaption(d: NonNullable<DataSetAssessment["direction"]>): string {
  const against = d.reference ? ` (${changeWords(d.change, d.changeUnit)}, set against ${changeWords(d.reference.change, d.changeUnit)} for ${d.reference.name === "England and Wales" ? "England and Wales" : "similar forces"})` : "";
  const what = d.reference ? "the difference" : "the change";
  if (!d.tested) return `${against}: a figure with no sampling error, so no test of chance was run`;
  if (d.significant) return `${against}: ${what} is too big to put down to chance`;
  return `${against}: ${d.beyondChance && !d.material ? `${what} is too small to count` : `${what} is within what chance would explain`}`;
}

/** The force's three years as a small line chart, with the values written by the points, a caption and a table. */
export function seriesChart(s: DataSetAssessment, c: ChartContext): Html {
  const d = s.direction;
  if (!d || d.series.length === 0) return html`<p>Fewer than three years of figures, so there is no chart of the direction of travel.</p>`;
  const series = d.series.map((p, i) => ({ label: p.year ?? `Year ${i + 1}`, value: p.value }));
  const mark = (year: string) => (c.isIllustrative?.(c.force, year) ? ILLUSTRATIVE_LABEL : "");
  const shown = formatFigures(series.map((p) => p.value), s.dataSet);
  const layout = seriesChartLayout(series);
  const titleId = `${c.id}-series-title`;
  const captionId = `${c.id}-series-caption`;
  const listed = series.map((p, i) => `${shown[i] ?? ""} in ${p.label}${mark(p.label)}`).join(", ");
  const caption = `${c.force}, ${s.dataSet.unit === "%" ? "" : `${s.dataSet.unit}: `}${listed}.${series.some((p) => mark(p.label) !== "") ? " Figures marked * in the chart are illustrative, not official." : ""} ${d.label}${directionCaption(d)}.`;
  const points = layout.points.map((p) => `${coordinate(p.x)},${coordinate(p.y)}`).join(" ");
  const svg = html`<svg class="chart chart-series" viewBox="0 0 ${layout.width} ${layout.height}" role="img" aria-labelledby="${titleId}" aria-describedby="${captionId}">
<title id="${titleId}">${s.dataSet.name}: ${c.force} over three years</title>
<line class="axis" x1="0" y1="${coordinate(layout.plotBottom)}" x2="${layout.width}" y2="${coordinate(layout.plotBottom)}"/>
<polyline class="series-line" points="${points}"/>
${layout.points.map((p, i) => html`<circle class="series-point" cx="${coordinate(p.x)}" cy="${coordinate(p.y)}" r="4"/><text class="value" x="${coordinate(p.x)}" y="${coordinate(p.y - 9)}" text-anchor="middle">${shown[i] ?? ""}${mark(series[i]?.label ?? "") ? " *" : ""}</text><text class="tick-label" x="${coordinate(p.x)}" y="${coordinate(layout.plotBottom + 19)}" text-anchor="middle">${p.label}</text>\n`)}</svg>`;
  return html`<div class="chart-block small">
<figure>
${svg}
<figcaption id="${captionId}">${caption}</figcaption>
</figure>
<details>
<summary>The years as a table</summary>
<table>
<caption>${s.dataSet.name}, ${c.force}: ${s.dataSet.unit}</caption>
<thead><tr><th scope="col">Year</th><th scope="col" class="number">Figure</th></tr></thead>
<tbody>
${series.map((p, i) => html`<tr><th scope="row">${p.label}${mark(p.label)}</th><td class="number">${shown[i] ?? ""}</td></tr>\n`)}</tbody>
</table>
</details>
${c.csv?.(`${s.dataSet.id}-three-years`, `${s.dataSet.name}, ${c.force} over three years (CSV)`, ["Year", `Figure (${s.dataSet.unit})`], series.map((p) => [p.label, csvFigure(p.value)]))}
</div>`;
}
