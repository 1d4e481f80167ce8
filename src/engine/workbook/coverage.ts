import { z } from "zod";
import { normaliseForceName } from "../forces/names";
import { once } from "../remember";
import { tableSpecSchema, type TableSpec } from "./schema";
import { sameHeader, type CellValue, type WorkbookSnapshot } from "./snapshot";

/** Whether a data set's figures for a year are real (published), illustrative (generated) or missing. */
export const coverageStatuses = ["real", "illustrative", "missing"] as const;
export type CoverageStatus = (typeof coverageStatuses)[number];

/** The words that stand for every force not named in another row of the same data set and year. */
export const ALL_FORCES = "All forces";
export const ALL_OTHER_FORCES = "All other forces";

/**
 * The optional Coverage sheet (template 1.1): per data set and year, which forces' figures are real,
 * illustrative or missing, and where they come from. One row per data set, year and status; "Which
 * forces" names the forces (separated by "; "), or says "All forces" or "All other forces".
 */
export const coverageSpec: TableSpec = tableSpecSchema.parse({
  name: "Coverage",
  sheet: "Coverage",
  description: "Optional: per data set and year, which figures are real, illustrative or missing, and their source",
  columns: [
    { name: "Data set id", kind: "data-set", required: true, description: "A data set id of the catalogue" },
    { name: "Year", kind: "year", required: true, description: "The financial year, written as 2008/09" },
    { name: "Status", kind: "choice", required: true, description: "real, illustrative or missing", choices: [...coverageStatuses] },
    { name: "Forces", kind: "count", required: true, description: "How many forces have this status" },
    { name: "Which forces", kind: "text", required: true, description: `The forces, separated by "; ", or "${ALL_FORCES}" or "${ALL_OTHER_FORCES}"` },
    { name: "Source", kind: "text", required: false, description: "Where the real figures come from, or how the illustrative ones were made" },
  ],
  key: ["Data set id", "Year", "Status"],
});

/** One row of the Coverage table. */
export interface CoverageRow {
  readonly dataSetId: string;
  readonly year: string;
  readonly status: CoverageStatus;
  readonly forces: number;
  /** Force names, or ALL_FORCES / ALL_OTHER_FORCES. */
  readonly which: string;
  readonly source: string;
}

const coverageRowSchema = z.object({
  dataSetId: z.string().min(1),
  year: z.string().min(1),
  status: z.enum(coverageStatuses),
  forces: z.number().int().min(0),
  which: z.string(),
  source: z.string(),
});

/** The Coverage table's rows as written: data set id, year, status, forces, which forces, source. */
export function coverageCells(rows: readonly CoverageRow[]): CellValue[][] {
  return rows.map((r) => [r.dataSetId, r.year, r.status, r.forces, r.which, r.source]);
}

/**
 * The Coverage rows of a workbook, or an empty list when it has no Coverage sheet (a 1.0 workbook, or
 * one made by hand) or a row cannot be read (such a row is left out: the coverage is a label, never a figure).
 */
export function readCoverage(snapshot: WorkbookSnapshot): readonly CoverageRow[] {
  const table = snapshot.tables.find((t) => t.sheet === coverageSpec.sheet);
  if (!table) return [];
  const at = (name: string) => table.columns.findIndex((c) => sameHeader(c, name));
  const index = coverageSpec.columns.map((c) => at(c.name));
  const rows: CoverageRow[] = [];
  for (const cells of table.rows) {
    const v = (i: number) => {
      const c = cells[index[i] ?? -1];
      return typeof c === "string" ? c.trim() : c;
    };
    const parsed = coverageRowSchema.safeParse({ dataSetId: v(0), year: v(1), status: typeof v(2) === "string" ? String(v(2)).toLowerCase() : v(2), forces: v(3), which: v(4) ?? "", source: v(5) ?? "" });
    if (parsed.success) rows.push(parsed.data);
  }
  return rows;
}

/**
 * The status of one force's figure for a data set and year: the row naming the force, else the row for
 * "All forces" or "All other forces"; undefined when the Coverage table says nothing about it.
 */
export function coverageStatusOf(coverage: readonly CoverageRow[], dataSetId: string, year: string, force: string): CoverageStatus | undefined {
  const statuses = once(coverageIndexes, coverage, () => indexCoverage(coverage)).get(`${dataSetId}\u0000${year}`);
  return statuses?.named.get(normaliseForceName(force)) ?? statuses?.others;
}

/** Per data set and year, the status of each force a row names (the first row naming it) and of the rest (the first "All" row). */
interface CoverageStatuses {
  readonly named: Map<string, CoverageStatus>;
  others: CoverageStatus | undefined;
}

const coverageIndexes = new WeakMap<readonly CoverageRow[], ReadonlyMap<string, CoverageStatuses>>();

function indexCoverage(coverage: readonly CoverageRow[]): ReadonlyMap<string, CoverageStatuses> {
  const index = new Map<string, CoverageStatuses>();
  for (const r of coverage) {
    const key = `${r.dataSetId}\u0000${r.year}`;
    let statuses = index.get(key);
    if (!statuses) index.set(key, (statuses = { named: new Map(), others: undefined }));
    for (const w of r.which.split(";")) {
      const name = normaliseForceName(w);
      if (!statuses.named.has(name)) statuses.named.set(name, r.status);
    }
    if (statuses.others === undefined && (r.which === ALL_FORCES || r.which === ALL_OTHER_FORCES)) statuses.others = r.status;
  }
  return index;
}

/**
 * The data sets whose figures for `year` are real for all forces or all but `allowMissing` of them
 * ("nearly all"), out of `totalForces`.
 */
export function realDataSets(coverage: readonly CoverageRow[], year: string, totalForces: number, allowMissing = 1): readonly string[] {
  const ids = [...new Set(coverage.filter((r) => r.year === year).map((r) => r.dataSetId))];
  return ids.filter((id) => {
    const real = coverage.filter((r) => r.dataSetId === id && r.year === year && r.status === "real").reduce((s, r) => s + r.forces, 0);
    return real >= totalForces - allowMissing;
  });
}
