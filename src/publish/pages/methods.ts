import { text } from "../../engine/assessment/inputs";
import { dataSets } from "../../engine/catalogue/dataSets";
import { domains } from "../../engine/catalogue/domains";
import type { DataSet } from "../../engine/catalogue/types";
import { isSurveyGap } from "../../engine/assessment/figures";
import { normaliseWords } from "../../engine/forces/names";
import { formatNumber, keyQuestions } from "../../engine/narrative";
import { ALL_FORCES, ALL_OTHER_FORCES, realDataSets, ruleDefaults } from "../../engine/workbook";
import { html, type Html } from "../escape";
import { page } from "../layout";
import type { SiteModel } from "../model";
import { gradeMeaning, polarityWords } from "./grades";

const pct = (fraction: number): string => `${formatNumber(fraction * 100, Number.isInteger(fraction * 100) ? 0 : 1)}%`;

function statisticWords(ds: DataSet, model: SiteModel): string {
  const s = model.settings;
  if (isSurveyGap(ds)) {
    return `The gap in points between white and minority ethnic victims' satisfaction, whichever group is the more satisfied; a smaller gap is better. Where the workbook gives both groups' percentages and sample sizes, the gap has sampling error and is tested: as a difference of two proportions from both sample sizes (with the design effect), against the average gap of similar forces and against its own gap two years before, and it counts only when the difference is also at least ${formatNumber(s.materialPoints, Number.isInteger(s.materialPoints) ? 0 : 1)} points. Where it gives only the gap, the gap is not tested and scores at most 1 point either way.`;
  }
  switch (ds.statistic) {
    case "rate":
      return `A count of events over the population or households, so its uncertainty follows the Poisson distribution (${s.method === "byar" ? "Byar's approximation" : "exact Garwood limits"}).`;
    case "proportion":
      return "A share of a total, such as detections out of offences; its interval is the Wilson score interval.";
    case "survey":
      return `A survey percentage with its sample size; its interval is the Wilson score interval, widened by the survey's design effect (${formatNumber(s.defaultDesignEffect, 1)} when none is given).`;
    case "figure":
      return `A figure with no sampling error, such as a cost, so it is never tested and never called significant: it differs from similar forces, or has changed against ${s.directionReference === "None" ? "no change" : s.directionReference === "Similar forces" ? "similar forces' change" : "the change for England and Wales"}, only by at least ${pct(s.materialRelative)}, and scores at most 1 point either way.`;
  }
}

function sourcesOf(model: SiteModel, ds: DataSet): string {
  const rows = ds.table === "Finance" ? model.inputs.finance : (ds.table === "Data" ? model.inputs.data : model.inputs.survey).filter((r) => normaliseWords(text(r, "Data set id")) === normaliseWords(ds.id));
  const found = [...new Set(rows.map((r) => text(r, "Source")).filter((s) => s !== ""))].sort((a, b) => a.localeCompare(b, "en-GB"));
  if (found.length === 0) return "The workbook gives no source.";
  const shown = found.slice(0, 4).join("; ");
  return found.length > 4 ? `${shown}; and ${found.length - 4} more.` : shown;
}

/** How the similar forces were chosen: official lists, or derived, with the variables and method the MSG table records. */
function groupsSection(model: SiteModel): Html {
  const sources = new Set(model.inputs.msg.map((r) => text(r, "Source").toLowerCase()));
  const how = [...new Set(model.inputs.msg.filter((r) => text(r, "Source").toLowerCase() === "derived").map((r) => text(r, "How derived")).filter((h) => h !== ""))];
  const kinds = sources.has("official") && sources.has("derived") ? "Some groups are official lists; others were derived." : sources.has("official") ? "The groups are official Home Office lists." : "The groups were derived from figures: they are not the Home Office's Most Similar Groups.";
  return html`<h2 id="groups">How similar forces were chosen</h2>
<p>${kinds}</p>
${how.map((h) => html`<p>${h}</p>\n`)}${sources.has("derived") ? html`<p>A group is derived only from figures the assessment does not judge, so that no force is compared with forces picked for being like it on the very figures being compared.</p>\n` : ""}`;
}

/** Per data set and year: how many forces' figures are real, illustrative or missing (the workbook's Coverage table). */
function coverageSection(model: SiteModel): Html {
  const rows = model.coverage;
  if (rows.length === 0) return html``;
  const years = [...new Set(rows.map((r) => r.year))].sort();
  const forceCount = new Set(model.inputs.forces.map((r) => text(r, "Force"))).size;
  const real = realDataSets(rows, model.year, forceCount);
  const cell = (id: string, year: string): string =>
    rows
      .filter((r) => r.dataSetId === id && r.year === year)
      .map((r) => `${r.status[0]?.toUpperCase() ?? ""}${r.status.slice(1)} ${r.forces}${r.which === ALL_FORCES || r.which === ALL_OTHER_FORCES ? "" : ` (${r.which})`}`)
      .join("; ");
  const sourceOf = (id: string): string => [...new Set(rows.filter((r) => r.dataSetId === id && r.status === "real").flatMap((r) => r.source.split(" | ")))].map((x) => x.replace(/^Real: /, "")).join("; ") || "None";
  return html`<h2 id="coverage">Which figures are real</h2>
<p>${real.length} of ${dataSets.length} data sets are real for ${model.year} for all forces, or all but one. The table says, for each data set and year, how many forces' figures are real (published), illustrative (made up for the sample, and marked wherever a force page shows them) or missing, from the workbook's Coverage sheet.</p>
<table>
<caption>Real, illustrative and missing figures, by data set and year (number of forces)</caption>
<thead><tr><th scope="col">Data set</th>${years.map((y) => html`<th scope="col">${y}</th>`)}<th scope="col">Source of the real figures</th></tr></thead>
<tbody>
${dataSets.map((ds) => html`<tr><th scope="row">${ds.name}</th>${years.map((y) => html`<td>${cell(ds.id, y) || "Not stated"}</td>`)}<td>${sourceOf(ds.id)}</td></tr>\n`)}</tbody>
</table>`;
}

/** How direction of travel is judged, in plain English, from the Rules' direction-compared-with. */
function directionSection(s: SiteModel["settings"]): Html {
  const points = formatNumber(s.materialPoints, Number.isInteger(s.materialPoints) ? 0 : 1);
  const reference = s.directionReference === "Similar forces" ? `the force's similar forces taken together${s.includeForce ? "" : " (without the force itself)"}` : "England and Wales as a whole (all forces taken together)";
  const common = `The direction of travel compares the latest year with the year two before it, and is Improved, Stable or Deteriorated; the charts always show all three years.`;
  if (s.directionReference === "None") {
    return html`<p>${common} It tests the force's own change: for crime rates by an exact test of the two years' counts, for detection rates and surveys by a test of the change in percentage points. A change counts when it is too big to put down to chance and at least ${pct(s.materialRelative)} for rates or ${points} points for detection rates and surveys.</p>
`;
  }
  return html`<p>${common} When crime falls across the country, nearly every force's figures fall with it; that is not to a force's credit. So each force's change is set beside the change for ${reference} over the same years, and only the difference counts. A force whose crime fell by as much as the country's is Stable; one whose crime fell by more is Improved; one whose crime fell by less, or rose, is Deteriorated.</p>
<p>The difference must pass two tests. First, it must be too big to put down to chance: for crime rates, an exact test of the force's counts in the two years, given the change for ${s.directionReference === "Similar forces" ? "similar forces" : "England and Wales"} (a conditional binomial test); for detection rates and surveys, a test of the change in percentage points, widened by the survey's design effect. Second, it must be big enough to matter: at least ${pct(s.materialRelative)} for crime rates, or ${points} percentage points for detection rates and surveys. Figures with no sampling error, such as costs, are not tested: their change counts only when it differs from the reference's by at least ${pct(s.materialRelative)}. Each force page shows the force's change beside the reference change, and the Trace sheet says which test was run.</p>
`;
}

/** How the assessment works, generated from the workbook's Rules and Scale tables and the data-set catalogue. */
export function methodsPage(model: SiteModel): string {
  const s = model.settings;
  const g = s.grading;
  const ruleValue = (id: string): { value: string; fromWorkbook: boolean } => {
    const v = model.inputs.rules.get(normaliseWords(id));
    if (v !== null && v !== undefined && String(v).trim() !== "") return { value: String(v), fromWorkbook: true };
    return { value: String(ruleDefaults.find((r) => r.id === id)?.value ?? ""), fromWorkbook: false };
  };
  const signed = (n: number): string => (n > 0 ? `+${n}` : `${n}`);
  const body = html`<h1>How the assessment works</h1>
<p class="lede">This page is written from the workbook the site was made from: its Rules and Scale tables and the list of data sets. If the workbook's settings change, this page changes with them.</p>
<h2 id="domains">Four domains, three questions</h2>
<p>Every force is assessed in four domains: ${domains.map((d) => d.name).join(", ")}. For each domain the report answers three questions:</p>
<ul>
${keyQuestions.map((q) => html`<li>${q}</li>\n`)}</ul>
<p>${domains.filter((d) => d.graded).map((d) => d.name).join(", ")} are graded. Value for Money and Productivity is not graded: its costs are shown as higher, similar or lower than similar forces, because a low cost is not in itself good.</p>
<h2 id="decides">A person decides</h2>
<p>The figures never decide a grade on their own. The method recommends a grade and shows why; a person then decides the final grade, weighing the figures beside inspection findings and other evidence. When the grade decided differs from the one recommended, the reason is recorded and published with it.</p>
<h2 id="comparisons">How figures are compared</h2>
<p>Each force is compared with its most similar forces (how they were chosen is <a href="#groups">below</a>). The average of similar forces is weighted: all their events over all their population (or households, offences or officers), so a large force counts for more than a small one. Survey averages are weighted by each force's number of people surveyed: the people who said yes in all the similar forces' surveys over all the people surveyed, so a force that surveyed twice as many people counts twice as much (the design effect widens each force's interval but does not change its weight). The average ${s.includeForce ? "includes the force itself, as the predecessor framework did" : "leaves out the force itself, so that a force is compared with other forces and not partly with itself"}.</p>
${
    s.comparison === "funnel"
      ? html`<p>A force is better or worse than similar forces only when two things are true. First, the gap is too big to put down to chance at ${pct(s.level)} confidence. Forces differ far more than chance alone would make them, because areas differ in ways no group of similar forces captures. So the test first measures that spread across all forces, then asks whether this force's gap is bigger than chance and that spread together (a funnel plot, following Spiegelhalter, 2005). Second, the gap is big enough to matter: at least ${pct(s.materialRelative)} of the similar forces' rate for crime rates, or ${formatNumber(s.materialPoints, Number.isInteger(s.materialPoints) ? 0 : 1)} percentage points for detection rates and surveys. A gap smaller than that is similar, however sure we are of it.</p>
<p>Why these gaps (the defaults are 10% and 3 points): in the recorded crime of 2006/07 to 2008/09, half of the yearly changes in a force's own figures were bigger than 10%. A gap from similar forces smaller than one ordinary year's change is not one to grade a force on. A force survey of about 1,000 people is sure of its result to about 3 points either way, so a smaller gap in points is not one a force could act on. On simulated data in which every force has the same underlying rate, this method calls no more than 5% of forces better or worse (npm run bench).</p>
`
      : html`<p>A force is better or worse than similar forces only when the difference is too big to put down to chance: when its ${pct(s.level)} interval leaves out the average of similar forces. Otherwise it is similar.</p>
`
  }${directionSection(s)}
${groupsSection(model)}
${coverageSection(model)}
<h2 id="data-sets">The data sets</h2>
${domains.map((d) => html`<h3>${d.name}</h3>
${dataSets.filter((ds) => ds.domain === d.id).map((ds) => html`<h4>${ds.name}</h4>
<dl>
<dt>What is measured</dt><dd>${ds.measure} (${ds.unit}).</dd>
<dt>Which way is better</dt><dd>${polarityWords(ds.polarity)}</dd>
<dt>How uncertainty is judged</dt><dd>${statisticWords(ds, model)}</dd>
<dt>Where the figures come from</dt><dd>${sourcesOf(model, ds)}</dd>
${ds.notes ? html`<dt>Note</dt><dd>${ds.notes}</dd>\n` : ""}</dl>
`)}`)}
<h2 id="grades">How grades are recommended</h2>
<p>In each graded domain, every data set that can be compared with similar forces and over three years scores points:</p>
<table>
<caption>Points for each data set</caption>
<thead><tr><th scope="col">What was found</th><th scope="col" class="number">Points</th></tr></thead>
<tbody>
<tr><th scope="row">Better than similar forces</th><td class="number">${signed(g.positionPoints.better)}</td></tr>
<tr><th scope="row">Similar to similar forces</th><td class="number">${signed(g.positionPoints.similar)}</td></tr>
<tr><th scope="row">Worse than similar forces</th><td class="number">${signed(g.positionPoints.worse)}</td></tr>
<tr><th scope="row">Improved over three years</th><td class="number">${signed(g.directionPoints.improved)}</td></tr>
<tr><th scope="row">Stable over three years</th><td class="number">${signed(g.directionPoints.stable)}</td></tr>
<tr><th scope="row">Deteriorated over three years</th><td class="number">${signed(g.directionPoints.deteriorated)}</td></tr>
</tbody>
</table>
<p>The mean of the points picks the grade. The grades, best first, are those of the workbook's Scale:</p>
<ul>
${s.scale.map((grade) => html`<li>${gradeMeaning(s, grade)}</li>\n`)}</ul>
<p>Evidence can change the recommendation. ${s.redFlagCap ? `A Comprehensive Area Assessment red flag in a domain caps its grade at ${s.redFlagCap}.` : "A red flag does not cap the grade."} CAA flags count for English forces only: the Comprehensive Area Assessment did not cover Wales, so a flag recorded for a Welsh force is ignored and the checker warns about it. ${s.adverseCap ? `An adverse inspection judgement in a domain (${s.adverseJudgements.join(", ")}) caps its grade at ${s.adverseCap}.` : "An adverse inspection judgement does not cap the grade."} ${s.greenFlagRaises ? "A green flag raises the grade by one, never above the best grade and never past a red flag's cap." : "A green flag does not raise the grade."} Then a person decides.</p>
<h2 id="edge-cases">Edge cases</h2>
<p>Some cases follow their own rules, and each is said in the force's report and on its page.</p>
<ul>
<li>${s.residentRatesProfiled.length > 0 ? `The figures per head (per 1,000 people or households) of ${s.residentRatesProfiled.join(", ")} are shown but not graded. The City of London has about 11,700 residents and many times more people working there each day, so neither count is a fair base: a rate on its residents says more about how few people live there than about its policing, and a rate on a daytime count mixes with the households of residents alone. Its grade rests on the figures that are not per head, such as detection rates. We chose this over grading with a caveat, because a caveat would still let those figures move the grade.` : "Every force's figures per resident are graded."}</li>
<li>${s.noForceMuchLikeIt.length > 0 ? `No force is much like ${s.noForceMuchLikeIt.join(", ")}. Their comparisons with similar forces are graded as usual, with a note to read them with care.` : "No force carries a note that no force is much like it."}</li>
<li>When a similar force has no figure, the average is over the similar forces that have one, and the report says so ("6 of 7 similar forces").</li>
<li>When one of the three years is missing, the comparison with similar forces still counts, and the direction of travel is left out.</li>
<li>When one figure in a force's row is blank or not a number, that figure is left out for that force, with a warning naming the sheet and cell; every other force is assessed as usual.</li>
</ul>
<h2 id="words">How the words follow the tests</h2>
<p>"Too big to put down to chance" is said only where a test was run and the gap passed it. "Within what chance would explain" is said where a test was run and the gap did not pass. For figures with no sampling error, such as costs and asset recovery, the report says that no test of chance was run. Gaps are said in words, such as "1.7 points lower", never as a negative number.</p>
<h2 id="definitions">What the grades mean</h2>
<p>Each grade in words, from the workbook's Scale (or, where it gives none, the standard words for Excellent, Good, Fair and Poor). Every force page shows these words next to the grade.</p>
<dl>
${s.scale.map((grade) => html`<dt>${grade}</dt><dd>${model.definitionOf(grade) ?? "The workbook does not define this grade."}</dd>\n`)}</dl>
<h2 id="england-and-wales">The figure for England and Wales</h2>
<p>Beside each force's figure and the average of its similar forces, the pages show the figure for England and Wales: all forces taken together as if they were one. It is the sum of every force's numerator (offences, detections, pounds, people agreeing in a survey) over the sum of every force's denominator (population, offences, full-time equivalents, people asked), not an average of the forces' figures, so a large force counts for more than a small one. A force with no figure is left out of it.</p>
<h2 id="rules">The settings used</h2>
<table>
<caption>The Rules table</caption>
<thead><tr><th scope="col">Rule</th><th scope="col">What it does</th><th scope="col">Value</th></tr></thead>
<tbody>
${ruleDefaults.map((r) => {
  const v = ruleValue(r.id);
  return html`<tr><th scope="row">${r.id}</th><td>${r.description}</td><td>${v.value}${v.fromWorkbook ? "" : " (default)"}</td></tr>\n`;
})}</tbody>
</table>`;
  return page(model, { title: `How the assessment works: rounded assessment ${model.year}`, current: "methods", body });
}
