import { dataSetById } from "../../engine/catalogue/dataSets";
import { domains } from "../../engine/catalogue/domains";
import { cellOf, findTable, parseAddress, type CellValue, type Finding } from "../../engine/workbook";
import { html } from "../escape";
import { page } from "../layout";
import type { SiteModel } from "../model";

const kindTitles: Readonly<Record<string, string>> = {
  "small-sample": "Survey samples of fewer than 100 people",
  "missing-year": "Years missing, so no direction of travel",
  "detections-exceed-offences": "More detections than offences recorded",
  "population-jump": "Populations changing by more than 10% in a year",
  "no-action-recorded": "Areas needing improvement with no action recorded",
  "table-renamed": "Tables renamed by hand",
  "unknown-rule": "Rules the add-in does not know",
};

/** A plain title for a kind of checker finding. */
export function kindTitle(code: string): string {
  return kindTitles[code] ?? code.replace(/-/g, " ").replace(/^./, (c) => c.toUpperCase());
}

const cellText = (v: CellValue | undefined): string => (v === null || v === undefined || typeof v === "object" ? "" : String(v).trim());

/** The force and data set of the row a finding points at, when the finding has a cell in a table. */
function whereOf(model: SiteModel, f: Finding): { force: string; dataSet: string } {
  let force = f.path.force ?? "";
  let dataSet = f.path.dataSet ? (dataSetById(f.path.dataSet)?.name ?? f.path.dataSet) : "";
  const table = findTable(model.snapshot, f.sheet);
  if (table && f.cell) {
    const row = table.rows[parseAddress(f.cell).row - table.headerRow - 1];
    if (row) {
      force ||= cellText(cellOf(table, row, "Force"));
      const id = cellText(cellOf(table, row, "Data set id"));
      dataSet ||= id ? (dataSetById(id)?.name ?? id) : "";
    }
  }
  return { force, dataSet };
}

const list = (items: ReadonlySet<string>): string => (items.size === 0 ? "" : [...items].sort((a, b) => a.localeCompare(b, "en-GB")).join(", "));

/** The national summary: how many forces had each grade in each domain, and where the data was weakest. No ranking. */
export function summaryPage(model: SiteModel): string {
  const graded = domains.filter((d) => d.graded);
  const count = (domainId: string, grade: string | null): number =>
    model.pages.filter((p) => {
      const g = p.grades.get(domainId as (typeof graded)[number]["id"]);
      return (g?.shown ?? null)?.toLowerCase() === grade?.toLowerCase() || (grade === null && (g?.shown ?? null) === null);
    }).length;
  const undecided = model.pages.reduce((n, p) => n + [...p.grades.values()].filter((g) => g.shown !== null && g.final === null).length, 0);
  const outside = [...new Set(model.pages.flatMap((p) => [...p.grades.values()].map((g) => g.shown)).filter((g): g is string => g !== null && !model.settings.scale.some((s) => s.toLowerCase() === g.toLowerCase())))];
  const rows = [...model.settings.scale, ...outside];

  const kinds = new Map<string, Finding[]>();
  for (const f of model.warnings) kinds.set(f.code, [...(kinds.get(f.code) ?? []), f]);
  const kindRows = [...kinds.entries()].sort(([a], [b]) => kindTitle(a).localeCompare(kindTitle(b), "en-GB")).map(([code, findings]) => {
    const forces = new Set<string>();
    const sets = new Set<string>();
    for (const f of findings) {
      const w = whereOf(model, f);
      if (w.force) forces.add(w.force);
      if (w.dataSet) sets.add(w.dataSet);
    }
    return { code, findings, forces, sets, sheets: new Set(findings.map((f) => f.sheet).filter((s) => s !== "")) };
  });

  const gaps = domains.flatMap((d) => {
    const sets = model.pages[0]?.assessment.domains.find((x) => x.domain.id === d.id)?.dataSets.map((s) => s.dataSet) ?? [];
    return sets.map((ds) => {
      const all = model.pages.map((p) => p.assessment.domains.find((x) => x.domain.id === d.id)?.dataSets.find((s) => s.dataSet.id === ds.id));
      return {
        name: ds.name,
        noFigure: all.filter((s) => !s?.figure).length,
        noComparison: all.filter((s) => s?.figure && !s.position).length,
        noDirection: all.filter((s) => s?.figure && !s.direction).length,
      };
    });
  }).filter((g) => g.noFigure + g.noComparison + g.noDirection > 0);

  const n = model.pages.length;
  const body = html`<h1>National summary: rounded assessment ${model.year}</h1>
<p class="lede">For the Police Performance Steering Group: how many forces had each grade in each domain, and where the data was weakest. Forces are not ranked.</p>
<p>This summary covers the ${n} ${n === 1 ? "force" : "forces"} published here.${model.heldBack.length > 0 ? ` ${model.heldBack.length} more ${model.heldBack.length === 1 ? "is" : "are"} left out because ${model.heldBack.length === 1 ? "its report is" : "their reports are"} not yet final.` : ""} A grade is the one a person decided or, where nobody has yet, the one the method recommends${undecided > 0 ? html` (${undecided} of the grades below are recommendations not yet decided)` : ""}.</p>
<h2 id="grades">Grades in each domain</h2>
<table>
<caption>Number of forces with each grade</caption>
<thead><tr><th scope="col">Grade</th>${graded.map((d) => html`<th scope="col" class="number">${d.name}</th>`)}</tr></thead>
<tbody>
${rows.map((g) => html`<tr><th scope="row">${g}</th>${graded.map((d) => html`<td class="number">${count(d.id, g)}</td>`)}</tr>\n`)}<tr><th scope="row">Not enough data for a grade</th>${graded.map((d) => html`<td class="number">${count(d.id, null)}</td>`)}</tr>
</tbody>
</table>
<p>Value for Money and Productivity is not graded: each force has a profile of its costs instead.</p>
<h2 id="weakest">Where the data was weakest</h2>
<h3>Warnings from the workbook check</h3>
${kindRows.length === 0
  ? html`<p>The check of the workbook found no warnings.</p>`
  : html`<p>The check of the whole workbook (<code>ra check</code>) gave these warnings. None stops the assessment, but each makes some figures less certain.</p>
<table>
<caption>Warnings by kind</caption>
<thead><tr><th scope="col">Kind</th><th scope="col" class="number">How many</th><th scope="col">Where</th></tr></thead>
<tbody>
${kindRows.map((k) => html`<tr><th scope="row">${kindTitle(k.code)}</th><td class="number">${k.findings.length}</td><td>${[k.sheets.size > 0 ? `Sheet ${list(k.sheets)}.` : "", k.sets.size > 0 ? `Data sets: ${list(k.sets)}.` : "", k.forces.size > 0 ? `Forces: ${list(k.forces)}.` : ""].filter((w) => w !== "").join(" ")}</td></tr>\n`)}</tbody>
</table>`}
<h3>Figures that could not be compared</h3>
${gaps.length === 0
  ? html`<p>Every published force had a figure, a comparison with similar forces and a direction of travel for every data set.</p>`
  : html`<table>
<caption>Published forces missing a figure or a comparison, by data set</caption>
<thead><tr><th scope="col">Data set</th><th scope="col" class="number">No figure</th><th scope="col" class="number">No comparison with similar forces</th><th scope="col" class="number">No direction of travel</th></tr></thead>
<tbody>
${gaps.map((g) => html`<tr><th scope="row">${g.name}</th><td class="number">${g.noFigure}</td><td class="number">${g.noComparison}</td><td class="number">${g.noDirection}</td></tr>\n`)}</tbody>
</table>`}`;
  return page(model, { title: `National summary: rounded assessment ${model.year}`, current: "summary", body });
}
