import { gradesOnIllustrative, type DataSetAssessment, type DomainAssessment } from "../../engine/assessment";
import { domains } from "../../engine/catalogue/domains";
import { formatFigures } from "../../engine/narrative";
import { groupChart, ILLUSTRATIVE_LABEL, seriesChart } from "../charts";
import { html, type Html } from "../escape";
import { page, type SiteContext } from "../layout";
import type { ForcePage, PublishedGrade, SiteModel } from "../model";
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

function gradeBox(model: SiteModel, d: DomainAssessment, g: PublishedGrade, illustrative: string): Html {
  const differs = g.final !== null && g.recommended !== null && g.final.toLowerCase() !== g.recommended.toLowerCase();
  return html`<div class="grade-box">
<p><span class="grade-name">Grade: ${g.shown ?? "none"}</span> <span class="grade-note">${gradeNote(g)}</span></p>
${g.shown !== null ? html`<p>${gradeMeaning(model.settings, g.shown)} <a href="methods.html#grades">How grades are recommended</a>.</p>\n` : ""}${differs ? html`<p>The method recommended ${g.recommended}. The person who decided gave ${g.final}${g.overrideReason ? html`, because: ${g.overrideReason}` : ""}.</p>\n` : ""}${d.adjustments.map((a) => html`<p>${a.reason} The recommendation ${a.from} became ${a.to}.</p>\n`)}${illustrative !== "" ? html`<p class="mark mark-illustrative"><strong>Rests partly on illustrative figures:</strong> ${illustrative}. See the figures below.</p>\n` : ""}</div>`;
}

function profileTable(model: SiteModel, p: ForcePage, d: DomainAssessment): Html {
  return html`<table>
<caption>The value-for-money profile of ${p.force}, ${p.assessment.year}</caption>
<thead><tr><th scope="col">Data set</th><th scope="col" class="number">${p.force}</th><th scope="col" class="number">Similar forces</th><th scope="col" class="number">All forces</th><th scope="col">Against similar forces</th></tr></thead>
<tbody>
${d.dataSets.map((s) => {
  const [own = "", msg = "", all = ""] = formatFigures([s.figure?.estimate ?? Number.NaN, s.msgAverage ?? Number.NaN, s.allForcesAverage ?? Number.NaN], s.dataSet);
  const mark = model.isIllustrative(p.force, s.dataSet.id, s.year) ? ILLUSTRATIVE_LABEL : "";
  return html`<tr><th scope="row">${s.dataSet.name}</th><td class="number">${own ? `${own}${mark}` : "No figure"}</td><td class="number">${msg || "None"}</td><td class="number">${all || "None"}</td><td>${s.position?.label ?? "No comparison"}</td></tr>\n`;
})}</tbody>
</table>`;
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

function traceOf(d: DomainAssessment): Html {
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
</details>`;
}

function domainSection(model: SiteModel, p: ForcePage, d: DomainAssessment): Html {
  const id = d.domain.id;
  const text = p.text.get(id);
  const grade = p.grades.get(id);
  const level = model.settings.level;
  return html`<section class="domain" aria-labelledby="${id}">
<h2 id="${id}">${d.domain.name}</h2>
${d.domain.graded && grade ? gradeBox(model, d, grade, restsOnIllustrative(model, p, d)) : html`<p><strong>Not graded.</strong> Value for money gets a profile, not a grade: each cost is shown as higher, similar or lower than similar forces, never as good or bad.</p>`}
${!d.domain.graded && text ? html`${paragraphs(text.summary)}${profileTable(model, p, d)}` : ""}
${(text?.answers ?? []).map((a) => html`<h3>${a.question}</h3>\n<div class="answer">\n${paragraphs(a.text)}</div>\n`)}${text && text.otherFindings !== "" ? html`<h3>Other findings</h3>\n<div class="answer">\n${paragraphs(text.otherFindings)}</div>\n` : ""}${d.domain.graded ? traceOf(d) : ""}
<h3>The figures</h3>
${d.dataSets.map((s) => {
  const chartId = `${id}-${s.dataSet.id}`;
  const context = { force: p.force, id: chartId, level, figureOf: model.figureOf, isIllustrative: (force: string, year: string) => model.isIllustrative(force, s.dataSet.id, year) };
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

/** The page of one force: grades with what they mean, the report text, the profile and the charts. */
export function forcePage(model: SiteModel, p: ForcePage): string {
  const site: SiteContext = model;
  const a = p.assessment;
  const order = (d: DomainAssessment): number => domains.findIndex((c) => c.id === d.domain.id);
  const sorted = [...a.domains].sort((x, y) => order(x) - order(y));
  const peers = sorted[0]?.dataSets[0]?.peers ?? [];
  const body = html`<h1>${p.force}</h1>
<p class="lede">Rounded assessment, ${a.year}. Region: ${p.region}.</p>
<p class="meta">Status of this report: ${p.status}.${p.status !== "Final" ? " It is a draft: its grades may change." : ""}</p>
<h2 id="grades">Grades at a glance</h2>
<ul class="grades">
${sorted.map((d) => {
  const g = p.grades.get(d.domain.id);
  return d.domain.graded && g
    ? html`<li><a href="#${d.domain.id}">${d.domain.name}</a><span class="grade-name">${g.shown ?? "No grade"}</span><span class="grade-note">${gradeNote(g)}</span></li>\n`
    : html`<li><a href="#${d.domain.id}">${d.domain.name}</a><span class="grade-name">Not graded</span><span class="grade-note">A profile of costs, not a grade</span></li>\n`;
})}</ul>
<p>Each figure is compared with those of ${p.force}'s most similar forces${peers.length > 0 ? html` (${peers.join(", ")})` : ""}${a.groupSource === "official" ? ": the forces most like it in the kind of area they police" : ""}. This group is ${groupWords[a.groupSource]}. Each figure is also compared with ${p.force}'s own figures over three years.</p>
${sorted.map((d) => domainSection(model, p, d))}`;
  return page(site, { title: `${p.force}: rounded assessment ${a.year}`, current: "force", body });
}
