import { forceCaveatSentences } from "../../engine/assessment/caveats";
import { gradesOnIllustrative, type DataSetAssessment, type DomainAssessment } from "../../engine/assessment";
import { domains } from "../../engine/catalogue/domains";
import { formatFigures, formatNumber } from "../../engine/narrative";
import type { CellValue } from "../../engine/workbook";
import { csvFigure, groupChart, ILLUSTRATIVE_LABEL, seriesChart, type CsvLink } from "../charts";
import { csvText } from "../csv";
import { html, type Html } from "../escape";
import { page, type SiteContext } from "../layout";
import type { ForcePage, PublishedGrade, SiteModel } from "../model";
import type { SiteFile } from "../site";
import { gradeMeaning, polarityWords } from "./grades";

const paragraphs = (text: string): Html[] =>
  text
    .split(/\n\s*\n|\r\n\s*\r\n/)
    .map((p) => p.trim())
    .filter((p) => p !== "")
    .map((p) => html`<p>${p}</p>\n`);

function gradeNote(g: PublishedGrade): string {
  if (g.shown === null) return "Not enough data to recommend a grade";
  return g.final ? "Decided by a person" : "Recommended by the method; a person has not yet decided";
}

function whoDecided(g: PublishedGrade): string {
  if (g.final === null) return "";
  const who = g.assessor !== "" ? `Decided by ${g.assessor}` : "Decided by a person the workbook does not name";
  return `${who}${g.date !== "" ? `, on ${g.date}` : ", on a date the workbook does not give"}.`;
}

function gradeBox(model: SiteModel, d: DomainAssessment, g: PublishedGrade, illustrative: string): Html {
  const differs = g.final !== null && g.recommended !== null && g.final.toLowerCase() !== g.recommended.toLowerCase();
  const definition = g.shown !== null ? model.definitionOf(g.shown) : null;
  return html`<div class="grade-box">
<p><span class="grade-name">Grade: ${g.shown ?? "none"}</span> <span class="grade-note">${gradeNote(g)}</span></p>
${definition ? html`<p class="definition"><strong>What ${g.shown ?? ""} means:</strong> ${definition}</p>\n` : ""}${whoDecided(g) ? html`<p class="meta">${whoDecided(g)}</p>\n` : ""}${g.shown !== null ? html`<p>${gradeMeaning(model.settings, g.shown)} <a href="methods.html#grades">How grades are recommended</a>.</p>\n` : ""}${differs ? html`<p>The method recommended ${g.recommended}. The person who decided gave ${g.final}${g.overrideReason ? html`, because: ${g.overrideReason}` : ""}.</p>\n` : ""}${d.adjustments.map((a) => html`<p>${a.reason} The recommendation ${a.from} became ${a.to}.</p>\n`)}${illustrative !== "" ? html`<p class="mark mark-illustrative"><strong>Rests partly on illustrative figures:</strong> ${illustrative}. See the figures below.</p>\n` : ""}</div>`;
}

function profileTable(model: SiteModel, p: ForcePage, d: DomainAssessment, csv: CsvLink): Html {
  const header = ["Data set", p.force, "Similar forces", "England and Wales", "Against similar forces"];
  return html`<table>
<caption>The value-for-money profile of ${p.force}, ${p.assessment.year}</caption>
<thead><tr>${header.map((h, i) => html`<th scope="col"${i > 0 && i < 4 ? html` class="number"` : ""}>${h}</th>`)}</tr></thead>
<tbody>
${d.dataSets.map((s) => {
  const [own = "", msg = "", all = ""] = formatFigures([s.figure?.estimate ?? Number.NaN, s.msgAverage ?? Number.NaN, s.englandAndWales?.value ?? Number.NaN], s.dataSet);
  const mark = model.isIllustrative(p.force, s.dataSet.id, s.year) ? ILLUSTRATIVE_LABEL : "";
  return html`<tr><th scope="row">${s.dataSet.name}</th><td class="number">${own ? `${own}${mark}` : "No figure"}</td><td class="number">${msg || "None"}</td><td class="number">${all || "None"}</td><td>${s.position?.label ?? "No comparison"}</td></tr>\n`;
})}</tbody>
</table>
${csv(
  "value-for-money-profile",
  `The value-for-money profile of ${p.force}, ${p.assessment.year} (CSV)`,
  [...header.slice(0, 4), "Unit", header[4] ?? ""],
  d.dataSets.map((s) => [s.dataSet.name, csvFigure(s.figure?.estimate), csvFigure(s.msgAverage), csvFigure(s.englandAndWales?.value), s.dataSet.unit, s.position?.label ?? "No comparison"]),
)}`;
}

const inWords = (items: readonly string[]): string => (items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1] ?? ""}`);

/** What on a data set's charts is illustrative, in words, or "" when nothing is. */
function illustrativeNote(model: SiteModel, p: ForcePage, s: DataSetAssessment): string {
  const years = p.assessment.years.filter((y) => s.direction !== null || y === s.year).filter((y) => model.isIllustrative(p.force, s.dataSet.id, y));
  const peers = s.peers.filter((f) => model.isIllustrative(f, s.dataSet.id, s.year));
  const parts = [
    years.length > 0 ? `${p.force}'s figure${years.length > 1 ? "s" : ""} for ${inWords(years)}` : "",
    peers.length > 0 ? `the ${s.year} figure${peers.length > 1 ? "s" : ""} of ${peers.length === s.peers.length ? "every similar force" : inWords(peers)}` : "",
  ].filter((w) => w !== "");
  return parts.length === 0 ? "" : `${parts.join("; ")} ${years.length + peers.length > 1 ? "were" : "was"} made up for this sample where no published figure exists. ${years.length + peers.length > 1 ? "They are" : "It is"} not official, and marked (illustrative) in the charts and tables below.`;
}

/** The data sets of a graded domain whose scored comparisons rest on illustrative figures, as words. */
function restsOnIllustrative(model: SiteModel, p: ForcePage, d: DomainAssessment): string {
  const ids = gradesOnIllustrative(p.assessment, model.coverage).get(d.domain.id) ?? [];
  return d.dataSets.filter((s) => ids.includes(s.dataSet.id)).map((s) => s.dataSet.name).join(", ");
}

function traceOf(d: DomainAssessment, csv: CsvLink): Html {
  const r = d.dataRecommendation;
  if (!r) return html`<p>No data set could be compared both with similar forces and over three years, so the data recommend no grade.</p>`;
  return html`<details>
<summary>How the data led to the recommendation</summary>
<table>
<caption>Points for each data set</caption>
<thead><tr><th scope="col">Data set</th><th scope="col">What was found</th><th scope="col" class="number">Points</th></tr></thead>
<tbody>
${r.trace.map((t) => html`<tr><th scope="row">${t.dataSet ?? ""}</th><td>${t.reason}</td><td class="number">${t.points > 0 ? `+${t.points}` : t.points}</td></tr>\n`)}</tbody>
</table>
<p>${r.rule}</p>
</details>
${csv(`${d.domain.id}-points`, `${d.domain.name}: points for each data set (CSV)`, ["Data set", "What was found", "Points"], r.trace.map((t) => [t.dataSet ?? "", t.reason, t.points]))}`;
}

function domainSection(model: SiteModel, p: ForcePage, d: DomainAssessment, csv: CsvLink): Html {
  const id = d.domain.id;
  const text = p.text.get(id);
  const grade = p.grades.get(id);
  const level = model.settings.level;
  return html`<section class="domain" aria-labelledby="${id}">
<h2 id="${id}">${d.domain.name}</h2>
${d.domain.graded && grade ? gradeBox(model, d, grade, restsOnIllustrative(model, p, d)) : html`<p><strong>Not graded.</strong> Value for money gets a profile, not a grade: each cost is shown as higher, similar or lower than similar forces, never as good or bad.</p>`}
${!d.domain.graded && text ? html`${paragraphs(text.summary)}${profileTable(model, p, d, csv)}` : ""}
${(text?.answers ?? []).map((a) => html`<h3>${a.question}</h3>\n<div class="answer">\n${paragraphs(a.text)}</div>\n`)}${text && text.otherFindings !== "" ? html`<h3>Other findings</h3>\n<div class="answer">\n${paragraphs(text.otherFindings)}</div>\n` : ""}${d.domain.graded ? traceOf(d, csv) : ""}
<h3>The figures</h3>
${d.dataSets.map((s) => {
  const chartId = `${id}-${s.dataSet.id}`;
  const context = { force: p.force, id: chartId, level, figureOf: model.figureOf, csv, isIllustrative: (force: string, year: string) => model.isIllustrative(force, s.dataSet.id, year) };
  const note = illustrativeNote(model, p, s);
  return html`<div class="data-set" id="${chartId}">
<h4>${s.dataSet.name}${note ? ILLUSTRATIVE_LABEL : ""}</h4>
<p class="meta">${s.dataSet.measure}. ${polarityWords(s.dataSet.polarity)}</p>
${note ? html`<p class="mark mark-illustrative"><strong>Illustrative figures:</strong> ${note}</p>\n` : ""}
<div class="charts">
${groupChart(s, context)}
${seriesChart(s, context)}
</div>
</div>
`;
})}</section>
`;
}

const groupWords: Readonly<Record<ForcePage["assessment"]["groupSource"], string>> = {
  official: "an official Home Office list",
  derived: "derived from figures in the workbook (see how on the methods page); it is not the Home Office's list",
  unstated: "of a source the workbook does not state",
};

const notRecorded = "Not recorded in the workbook";
const whole = (n: number | null): string => (n === null ? notRecorded : formatNumber(n, 0));
const pounds = (n: number | null, decimals = 0): string => (n === null ? notRecorded : `£${formatNumber(n, decimals)}`);

/** The "About this force" block: its size, workforce, budget and who leads it and holds it to account. */
function aboutForce(p: ForcePage): Html {
  const c = p.context;
  const rows: readonly [string, string][] = [
    ["Population", whole(c.population)],
    ["Households", whole(c.households)],
    ["Police officers (full-time equivalents)", whole(c.officers)],
    ["Police community support officers (full-time equivalents)", whole(c.pcsos)],
    ["Police staff (full-time equivalents)", whole(c.staff)],
    ["Net revenue expenditure (the year's budget)", pounds(c.budget)],
    ["Cost per head of population", pounds(c.costPerHead, 2)],
    ["Chief constable", c.chiefConstable || notRecorded],
    ["Police authority", c.policeAuthority || notRecorded],
  ];
  return html`<section class="about-force" aria-labelledby="about-force">
<h2 id="about-force">About this force</h2>
<p>Figures for ${c.year} (April to March), from the workbook's Forces and Finance sheets. Cost per head is net revenue expenditure divided by population.</p>
<dl class="facts">
${rows.map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>\n`)}</dl>
</section>
`;
}

/** The force's and police authority's responses, in their own words, or "no response yet". */
function responsesSection(p: ForcePage): Html {
  const from = (who: string): string => (who === "Force" ? p.force : `${p.force}'s police authority`);
  const given = new Set(p.responses.map((r) => r.from));
  return html`<section class="responses" aria-labelledby="responses">
<h2 id="responses">Responses to this report</h2>
${p.responses.map(
  (r) => html`<figure class="response">
<blockquote>
${paragraphs(r.text)}</blockquote>
<figcaption>The response of ${from(r.from)}, in its own words${r.date ? `, given on ${r.date}` : ""}. It is published as written, not checked.</figcaption>
</figure>
`,
)}${given.has("Force") ? "" : html`<p>No response yet from ${p.force}.</p>\n`}${given.has("Police authority") ? "" : html`<p>No response yet from the police authority.</p>\n`}</section>
`;
}

/** Who to write to with comments or complaints (About: Comments and complaints). */
export function commentsSection(model: SiteModel): Html {
  return html`<section class="comments" aria-labelledby="comments">
<h2 id="comments">How to comment or complain</h2>
${model.comments ? html`<p>To comment on this report, or to complain about it, write to: ${model.comments}</p>` : html`<p>The workbook this site was made from does not say who to write to. Write to the organisation that published this report.</p>`}
</section>
`;
}

/** A collector of a page's CSV files: each link names a file in data/ that sorts by force, year and place on the page. */
function csvCollector(prefix: string): { readonly link: CsvLink; readonly files: SiteFile[] } {
  const files: SiteFile[] = [];
  const link: CsvLink = (what, linkText, header, rows: readonly (readonly CellValue[])[]) => {
    const path = `data/${prefix}-${String(files.length + 1).padStart(2, "0")}-${what}.csv`;
    files.push({ path, content: csvText(header, rows) });
    return html`<p class="csv-link"><a href="${path}" download>${linkText}</a></p>`;
  };
  return { link, files };
}

/** The slug of a year for file names: 2008/09 is 2008-09. */
export const yearSlug = (year: string): string => year.replace(/[^0-9A-Za-z]+/g, "-") || "year";

/**
 * The page of one force (grades with what they mean and who decided, the force in context, the dates,
 * the responses, the report text, the profile and the charts) and the CSV file of every table on it.
 */
export function forcePageFiles(model: SiteModel, p: ForcePage): SiteFile[] {
  const site: SiteContext = model;
  const a = p.assessment;
  const order = (d: DomainAssessment): number => domains.findIndex((c) => c.id === d.domain.id);
  const sorted = [...a.domains].sort((x, y) => order(x) - order(y));
  const peers = sorted[0]?.dataSets[0]?.peers ?? [];
  const csv = csvCollector(`${p.file.replace(/^force-|\.html$/g, "")}-${yearSlug(a.year)}`);
  const body = html`<h1>${p.force}</h1>
<p class="lede">Rounded assessment, ${a.year}. Region: ${p.region}.</p>
<p class="meta">Status of this report: ${p.status}.${p.status !== "Final" ? " It is a draft: its grades may change." : ""}</p>
<dl class="dates">
<dt>The figures cover</dt><dd>${model.dataPeriod || a.year} (financial years, April to March)</dd>
<dt>Published</dt><dd>${model.publicationDate}</dd>
</dl>
<h2 id="grades">Grades at a glance</h2>
<ul class="grades">
${sorted.map((d) => {
  const g = p.grades.get(d.domain.id);
  return d.domain.graded && g
    ? html`<li><a href="#${d.domain.id}">${d.domain.name}</a><span class="grade-name">${g.shown ?? "No grade"}</span><span class="grade-note">${gradeNote(g)}</span></li>\n`
    : html`<li><a href="#${d.domain.id}">${d.domain.name}</a><span class="grade-name">Not graded</span><span class="grade-note">A profile of costs, not a grade</span></li>\n`;
})}</ul>
${responsesSection(p)}${aboutForce(p)}<p>Each figure is compared with those of ${p.force}'s most similar forces${peers.length > 0 ? html` (${peers.join(", ")})` : ""}${a.groupSource === "official" ? ": the forces most like it in the kind of area they police" : ""}. This group is ${groupWords[a.groupSource]}. Each figure is also compared with ${p.force}'s own figures over three years, and shown beside the figure for England and Wales as a whole.</p>
${forceCaveatSentences(a).length > 0 ? html`<p class="mark caveat"><strong>Read with care:</strong> ${forceCaveatSentences(a).join(" ")}</p>\n` : ""}${sorted.map((d) => domainSection(model, p, d, csv.link))}${commentsSection(model)}`;
  return [{ path: p.file, content: page(site, { title: `${p.force}: rounded assessment ${a.year}`, current: "force", body }) }, ...csv.files];
}

/** The page of one force, without its CSV files. */
export function forcePage(model: SiteModel, p: ForcePage): string {
  return forcePageFiles(model, p)[0]?.content ?? "";
}
