import type { Csv, SharedData } from "./sharedData";

/** HMIC writes financial years 2008-09; the template 2008/09. */
export const hmicYear = (year: string) => year.replace("/", "-");

/** A number from a CSV cell: NaN when blank. */
export const num = (text: string | undefined) => (text === undefined || text.trim() === "" ? Number.NaN : Number(text.replace(/,/g, "")));

/** Rounds to `places` decimals, without binary noise (0.433471903477 x 100 gives 43.3471903477). */
export const round = (x: number, places = 0) => Number((Math.round(x * 10 ** places) / 10 ** places).toFixed(places));

/** Rows of a CSV by force and year (the year column as written in the file). */
export class ByForceYear {
  private readonly index = new Map<string, Record<string, string>>();
  constructor(csv: Csv, forceColumn = "force", yearColumn = "financial_year") {
    for (const r of csv.rows) this.index.set(`${r[forceColumn] ?? ""}|${r[yearColumn] ?? ""}`, r);
  }
  /** The value of `column` for the force and year, or NaN when the row or the cell is blank. */
  value(force: string, year: string, column: string): number {
    return num(this.index.get(`${force}|${year}`)?.[column]);
  }
}

/**
 * The corrections of ../shared/data/hmic/README.md, applied to the VfM 2010 workforce figures:
 * Essex officers at 31 March 2008 are 3,384.77 (the 2010 workbook's figure, kept; the 2012 one is 700
 * short), and Dorset PCSOs at 31 March 2008 are 150.86 (2012 workbook; the 2010 workbook's 0 is wrong).
 */
export const workforceCorrections: readonly { force: string; year: string; column: string; value: number; note: string }[] = [
  { force: "Essex", year: "2007/08", column: "police_officers_fte", value: 3384.77, note: "Essex officers at 31 March 2008: 3,384.77 from the VfM 2010 workbook, not 2,684.77 (VfM 2012, 700 short, a keying error)" },
  { force: "Dorset", year: "2007/08", column: "pcso_fte", value: 150.86, note: "Dorset PCSOs at 31 March 2008: 150.86 from the VfM 2012 workbook, not 0 (VfM 2010, wrong)" },
];

/** The HMIC files the sample reads, indexed by force and year. */
export interface RealFigures {
  readonly funding: ByForceYear;
  readonly workforce: ByForceYear;
  readonly budget: ByForceYear;
  readonly offences2010: ByForceYear;
  readonly trends: ByForceYear;
  readonly byType: ByForceYear;
  readonly detections: ByForceYear;
  readonly surveys: ByForceYear;
  readonly crime: ByForceYear;
  readonly households: ByForceYear;
  readonly assets: ByForceYear;
}

export function realFigures(data: SharedData): RealFigures {
  return {
    funding: new ByForceYear(data.funding),
    workforce: new ByForceYear(data.workforce, "force", "financial_year_ending"),
    budget: new ByForceYear(data.budget),
    offences2010: new ByForceYear(data.offences2010),
    trends: new ByForceYear(data.trends),
    byType: new ByForceYear(data.byType),
    detections: new ByForceYear(data.detections),
    surveys: new ByForceYear(data.surveys, "force", "period"),
    crime: new ByForceYear(data.crime, "pfa", "financial_year"),
    households: new ByForceYear(data.households, "force", "force"),
    assets: new ByForceYear(data.assets),
  };
}

/** A workforce figure at the end of `year` (31 March), with the README's corrections. */
export function workforceAt(real: RealFigures, force: string, year: string, column: string): { value: number; correction?: string } {
  const fix = workforceCorrections.find((c) => c.force === force && c.year === year && c.column === column);
  return fix ? { value: fix.value, correction: fix.note } : { value: real.workforce.value(force, hmicYear(year), column) };
}
