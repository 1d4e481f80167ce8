/**
 * Where a force's evidence or actions for a domain are in the workbook, so the wizard can show them
 * for editing in their sheet: the add-in reads input sheets and never writes them.
 */
import { normaliseWords, sameForce } from "../../src/engine/forces/names";
import { a1, cellOf, findTable, isBlank, sheetRow, type CellValue, type TableSnapshot, type WorkbookSnapshot } from "../../src/engine/workbook";

/** The input sheets the wizard sends people to for editing. */
export type EditSheet = "Evidence" | "Actions";

/** The rows of a force and domain in the Evidence or Actions table, as the sheet numbers them. */
export interface RowsToEdit {
  /** The sheet the table is on (the template's Evidence or Actions sheet). */
  readonly sheet: string;
  /** Sheet row numbers (1-based) of the matching rows, in order; with none, the first empty row below the table. */
  readonly rows: readonly number[];
  /**
   * What to select: each run of consecutive rows across the table's columns ("A30:F30,A32:F32"); with
   * no matching row, the first empty row below the table, where a new row goes.
   */
  readonly address: string;
  /** True when no row matches and `rows` and `address` are the first empty row below the table. */
  readonly newRow: boolean;
}

const text = (v: CellValue | undefined): string => (v === null || v === undefined || typeof v === "object" ? "" : String(v).trim());

function tableOf(snapshot: WorkbookSnapshot, sheet: EditSheet): TableSnapshot | undefined {
  return findTable(snapshot, sheet) ?? snapshot.tables.find((t) => t.table === sheet);
}

/** Runs of consecutive numbers: [3, 4, 5, 9] gives [[3, 5], [9, 9]]. */
export function runsOf(rows: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const r of rows) {
    const last = runs[runs.length - 1];
    if (last && r === last[1] + 1) last[1] = r;
    else runs.push([r, r]);
  }
  return runs;
}

/**
 * The rows of `force` and `domain` (its name) in the snapshot's Evidence or Actions table, matched as
 * the assessment matches them (force and domain names without regard to case, spaces or "&"; blank
 * rows left out), and the address to select. Undefined when the workbook has no such table.
 */
export function rowsToEdit(snapshot: WorkbookSnapshot, sheet: EditSheet, force: string, domain: string): RowsToEdit | undefined {
  const table = tableOf(snapshot, sheet);
  if (!table) return undefined;
  const right = table.firstColumn + Math.max(1, table.columns.length) - 1;
  const rows = table.rows.flatMap((r, i) =>
    !r.every((v) => isBlank(v)) && sameForce(text(cellOf(table, r, "Force")), force) && normaliseWords(text(cellOf(table, r, "Domain"))) === normaliseWords(domain) ? [sheetRow(table, i)] : [],
  );
  if (rows.length === 0) {
    let last = table.rows.length - 1;
    while (last >= 0 && (table.rows[last] ?? []).every((v) => isBlank(v))) last--;
    const below = sheetRow(table, last + 1);
    return { sheet: table.sheet, rows: [below], address: `${a1(below, table.firstColumn)}:${a1(below, right)}`, newRow: true };
  }
  const address = runsOf(rows)
    .map(([from, to]) => `${a1(from, table.firstColumn)}:${a1(to, right)}`)
    .join(",");
  return { sheet: table.sheet, rows, address, newRow: false };
}

/** Row numbers in words: "row 5", "rows 5 and 6", "rows 5 to 7, 9 and 10". */
export function describeRows(rows: readonly number[]): string {
  const parts = runsOf(rows).flatMap(([from, to]) => (from === to ? [String(from)] : to === from + 1 ? [String(from), String(to)] : [`${from} to ${to}`]));
  if (parts.length === 0) return "no rows";
  const list = parts.length === 1 ? (parts[0] as string) : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
  return `${rows.length === 1 ? "row" : "rows"} ${list}`;
}
