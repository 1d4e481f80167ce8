import { profileRow } from "../../engine/assessment";
import { domains } from "../../engine/catalogue/domains";
import { outputTableSpec, type CellValue } from "../../engine/workbook";
import { csvFigure } from "../charts";
import { csvText } from "../csv";
import { html } from "../escape";
import { page } from "../layout";
import type { SiteModel } from "../model";
import type { SiteFile } from "../site";
import { yearSlug } from "./force";

interface Column {
  readonly name: string;
  readonly description: string;
}

const profileColumns = (): Column[] => [
  ...(outputTableSpec("Profile")?.columns ?? []).map((c) => ({
    name: c.name,
    description: c.name === "All forces" ? "Value for money only: the figure of all forces together (sum of all forces' costs over the sum of their FTE or population)" : c.description,
  })),
  { name: "England and Wales", description: "Every data set: the figure of all forces together, worked out as the sum of all forces' numerators over the sum of their denominators (not an average of the forces' figures)" },
  { name: "Forces in England and Wales figure", description: "How many forces had a figure to add in" },
];

const gradeColumns: readonly Column[] = [
  { name: "Force", description: "The force" },
  { name: "Domain", description: "A graded domain" },
  { name: "Recommended grade", description: "The grade the method recommended" },
  { name: "Final grade", description: "The grade a person decided (blank: not yet decided)" },
  { name: "Grade shown", description: "The grade the force's page shows: the final grade, else the recommendation" },
  { name: "Override reason", description: "Why the final grade differs from the recommendation" },
  { name: "Assessor", description: "Who decided" },
  { name: "Date", description: "When they decided" },
  { name: "Status", description: "Draft, Shared for comment or Final" },
];

/** The national CSV files' paths: they sort by year, then figures before grades. */
export function nationalCsvPaths(model: SiteModel): { readonly figures: string; readonly grades: string } {
  const stem = `data/england-and-wales-${yearSlug(model.year)}`;
  return { figures: `${stem}-1-figures.csv`, grades: `${stem}-2-grades.csv` };
}

/** The national CSV files: every published force's figures (the Profile sheet's columns, with England and Wales) and grades. */
export function nationalCsvFiles(model: SiteModel): SiteFile[] {
  const paths = nationalCsvPaths(model);
  const figures: CellValue[][] = [];
  const grades: CellValue[][] = [];
  const order = (id: string): number => domains.findIndex((d) => d.id === id);
  for (const p of model.pages) {
    for (const d of [...p.assessment.domains].sort((x, y) => order(x.domain.id) - order(y.domain.id))) {
      for (const s of d.dataSets) figures.push([...profileRow(p.force, d.domain.name, s), csvFigure(s.englandAndWales?.value), s.englandAndWales?.forces.length ?? null]);
      const g = p.grades.get(d.domain.id);
      if (d.domain.graded && g) grades.push([p.force, d.domain.name, g.recommended ?? "Not enough data", g.final ?? "", g.shown ?? "", g.overrideReason, g.assessor, g.date, g.status]);
    }
  }
  return [
    { path: paths.figures, content: csvText(profileColumns().map((c) => c.name), figures) },
    { path: paths.grades, content: csvText(gradeColumns.map((c) => c.name), grades) },
  ];
}

/** The open data page: the national CSV files, what each column means, and how the files are written. */
export function dataPage(model: SiteModel): string {
  const paths = nationalCsvPaths(model);
  const dictionary = (caption: string, columns: readonly Column[]) => html`<table>
<caption>${caption}</caption>
<thead><tr><th scope="col">Column</th><th scope="col">What it holds</th></tr></thead>
<tbody>
${columns.map((c) => html`<tr><th scope="row">${c.name}</th><td>${c.description}</td></tr>\n`)}</tbody>
</table>
`;
  const body = html`<h1>Open data: the figures and grades to download</h1>
<p class="lede">Every figure and grade on this site can be downloaded as a CSV file, to open in a spreadsheet or reuse. ${model.illustrative ? "The workbook says its figures are for illustration only: they are not official figures." : ""}</p>
<h2 id="national">For all forces</h2>
<ul>
<li><a href="${paths.figures}" download>Every figure of every published force, ${model.year} (CSV)</a>: one row per force and data set.</li>
<li><a href="${paths.grades}" download>Every grade of every published force, ${model.year} (CSV)</a>: one row per force and graded domain.</li>
</ul>
<p>Each force's page also has a CSV file beside every table, holding that table's figures.</p>
<h2 id="files">How the files are written</h2>
<ul>
<li>Comma separated, one header row, in UTF-8 with a byte order mark, so Excel shows £ and accents correctly.</li>
<li>Figures are rounded to 4 decimal places (the pages show fewer); a blank field means there is no figure, never nought.</li>
<li>Text that a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return) starts with an apostrophe, so it is shown as text.</li>
<li>File names sort: by force (or England and Wales), then year, then the order of the tables on the page.</li>
</ul>
<h2 id="dictionary">What each column means</h2>
${dictionary("Every figure (the figures file)", profileColumns())}${dictionary("Every grade (the grades file)", gradeColumns)}<p>The data sets, their units and sources are described on <a href="methods.html#data-sets">How the assessment works</a>.</p>`;
  return page(model, { title: `Open data: rounded assessment ${model.year}`, current: "data", body });
}
