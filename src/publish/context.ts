import { cellText, type AssessmentInputs } from "../engine/assessment";
import { text } from "../engine/assessment/inputs";
import { normaliseWords, sameForce } from "../engine/forces/names";
import { costPerHead } from "../engine/measures";
import { cellOf, findTable, gradeDefinitions, responseFrom, type WorkbookSnapshot } from "../engine/workbook";

/** A force's context for its page, from the Forces and Finance rows of the assessment year. */
export interface ForceContext {
  readonly year: string;
  readonly population: number | null;
  readonly households: number | null;
  readonly officers: number | null;
  readonly pcsos: number | null;
  readonly staff: number | null;
  /** Net revenue expenditure, in pounds. */
  readonly budget: number | null;
  /** Net revenue expenditure per head of population, in pounds. */
  readonly costPerHead: number | null;
  readonly chiefConstable: string;
  readonly policeAuthority: string;
}

/** A response to a force's report, in its authors' own words (Responses sheet). */
export interface ForceResponse {
  readonly from: (typeof responseFrom)[number];
  readonly text: string;
  readonly date: string;
}

const positive = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) && v >= 0 ? v : null);

/**
 * The force's context in `year`: population and households from its Forces row for the year (Population
 * year), workforce and net revenue expenditure from its Finance row, cost per head worked out as the
 * RA.COSTPERHEAD function does; chief constable and police authority from the Forces row of the year,
 * or any of its rows. A figure that is blank or not a number is null, never 0.
 */
export function forceContextOf(inputs: AssessmentInputs, force: string, year: string): ForceContext {
  const rows = inputs.forces.filter((r) => sameForce(text(r, "Force"), force));
  const forcesRow = rows.find((r) => text(r, "Population year") === year);
  const finance = inputs.finance.find((r) => sameForce(text(r, "Force"), force) && text(r, "Year") === year);
  const named = (column: string): string => (forcesRow && text(forcesRow, column) !== "" ? text(forcesRow, column) : (rows.map((r) => text(r, column)).find((t) => t !== "") ?? ""));
  const population = positive(forcesRow?.get("Population"));
  const budget = positive(finance?.get("Net revenue expenditure (£)"));
  const perHead = budget !== null && population !== null ? costPerHead(budget, population) : null;
  return {
    year,
    population,
    households: forcesRow && text(forcesRow, "Households year") === year ? positive(forcesRow.get("Households")) : null,
    officers: positive(finance?.get("Officer FTE")),
    pcsos: positive(finance?.get("PCSO FTE")),
    staff: positive(finance?.get("Staff FTE")),
    budget,
    costPerHead: perHead?.ok ? perHead.value : null,
    chiefConstable: named("Chief constable"),
    policeAuthority: named("Police authority"),
  };
}

/** An About item's value as text ("" when missing or blank). */
export function aboutText(snapshot: WorkbookSnapshot, item: string): string {
  const key = Object.keys(snapshot.about).find((k) => normaliseWords(k) === normaliseWords(item));
  return key === undefined ? "" : cellText(snapshot.about[key]);
}

/**
 * What each grade means, by lower-case grade: the Scale's Definition column, or for a blank definition
 * of a default grade (Excellent, Good, Fair, Poor) the default words. A grade with neither is left out.
 */
export function gradeDefinitionsOf(snapshot: WorkbookSnapshot, grades: readonly string[]): ReadonlyMap<string, string> {
  const scale = findTable(snapshot, "Scale");
  const written = new Map<string, string>();
  for (const row of scale?.rows ?? []) {
    if (!scale) break;
    const grade = cellText(cellOf(scale, row, "Grade"));
    const definition = cellText(cellOf(scale, row, "Definition"));
    if (grade !== "" && definition !== "") written.set(grade.toLowerCase(), definition);
  }
  const out = new Map<string, string>();
  for (const g of grades) {
    const fallback = Object.entries(gradeDefinitions).find(([name]) => name.toLowerCase() === g.toLowerCase())?.[1];
    const words = written.get(g.toLowerCase()) ?? fallback;
    if (words) out.set(g.toLowerCase(), words);
  }
  return out;
}

/** The responses in the Responses sheet, by force as written (normalised); the force's first, then the police authority's. */
export function responsesOf(snapshot: WorkbookSnapshot): (force: string) => readonly ForceResponse[] {
  const table = findTable(snapshot, "Responses");
  const all: { force: string; response: ForceResponse }[] = [];
  for (const row of table?.rows ?? []) {
    if (!table) break;
    const from = responseFrom.find((f) => normaliseWords(f) === normaliseWords(cellText(cellOf(table, row, "From"))));
    const words = cellText(cellOf(table, row, "Response"));
    if (from && words !== "") all.push({ force: cellText(cellOf(table, row, "Force")), response: { from, text: words, date: cellText(cellOf(table, row, "Date")) } });
  }
  return (force) =>
    all
      .filter((r) => sameForce(r.force, force))
      .map((r) => r.response)
      .sort((a, b) => responseFrom.indexOf(a.from) - responseFrom.indexOf(b.from));
}
