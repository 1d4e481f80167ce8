import { normaliseWords } from "../forces/names";
import { cellText } from "../assessment/decisions";
import { outputTableSpec } from "../workbook/outputTemplate";
import { cellAddress, cellOf, findTable, type CellValue, type TableSnapshot, type WorkbookSnapshot } from "../workbook/snapshot";
import { tableSpec } from "../workbook/template";

/**
 * A table whose rows people write in a regional copy, and how its rows are matched: by `key` (force,
 * domain and the table's other keys); `values` are the cells whose change is the copy's work.
 */
export interface MergedTable {
  readonly sheet: "Assessment" | "Comments" | "Evidence" | "Actions";
  readonly key: readonly string[];
  readonly values: readonly string[];
  /** Every column of the table, in the template's order. */
  readonly columns: readonly string[];
}

const columnsOf = (sheet: string): readonly string[] => (tableSpec(sheet) ?? outputTableSpec(sheet))?.columns.map((c) => c.name) ?? [];

/**
 * The tables a merge brings together. Assessment rows match by force and domain (the decision is the
 * final grade, reason, assessor, date and status; the recommended grade is the method's, not a
 * person's); a comment by force, domain, who, when and the comment (the response is the work); an
 * evidence row by all its cells but Source; an action by force, domain and action (owner and due date
 * are the work).
 */
export const mergedTables: readonly MergedTable[] = [
  { sheet: "Assessment", key: ["Force", "Domain"], values: ["Final grade", "Override reason", "Assessor", "Date", "Status"], columns: columnsOf("Assessment") },
  { sheet: "Comments", key: ["Force", "Domain", "Who", "When", "Comment"], values: ["Response"], columns: columnsOf("Comments") },
  { sheet: "Evidence", key: ["Force", "Domain", "Kind", "Judgement", "Detail"], values: ["Source"], columns: columnsOf("Evidence") },
  { sheet: "Actions", key: ["Force", "Domain", "Action"], values: ["Owner", "Due"], columns: columnsOf("Actions") },
];

/** The input tables whose figures come from the national workbook and are compared, never merged. */
export const nationalTables: readonly string[] = ["Forces", "MSG", "Data", "Finance", "Survey", "Rules", "Scale"];

/** One row of a merged table as found in one workbook. */
export interface KeyedRow {
  /** The row's key: its key cells as text, without regard to case or spacing, joined by " | "; a repeat of the same key gets " #2", " #3". */
  readonly key: string;
  readonly force: string;
  /** Every column of the table (template order), as found. */
  readonly row: readonly CellValue[];
  /** The value cells as text (trimmed, blank as ""). */
  readonly values: readonly string[];
  /** The A1 cell of each value column in its sheet ("" when the column is missing). */
  readonly cells: readonly string[];
  /** The A1 cell of the row's first column. */
  readonly firstCell: string;
}

/** A merged table's rows in one workbook, in sheet order, by key; undefined when the workbook has no such table. */
export function keyedRows(snapshot: WorkbookSnapshot, spec: MergedTable): Map<string, KeyedRow> | undefined {
  const table = findTable(snapshot, spec.sheet);
  if (!table) return undefined;
  return keyedRowsOf(table, spec);
}

function keyedRowsOf(table: TableSnapshot, spec: MergedTable): Map<string, KeyedRow> {
  const out = new Map<string, KeyedRow>();
  table.rows.forEach((r, i) => {
    const force = cellText(cellOf(table, r, "Force"));
    if (force === "") return;
    const base = spec.key.map((k) => normaliseWords(cellText(cellOf(table, r, k)))).join(" | ");
    let key = base;
    for (let n = 2; out.has(key); n++) key = `${base} #${n}`;
    out.set(key, {
      key,
      force,
      row: spec.columns.map((c) => cellOf(table, r, c) ?? null),
      values: spec.values.map((v) => cellText(cellOf(table, r, v))),
      cells: spec.values.map((v) => cellAddress(table, i, v) ?? ""),
      firstCell: cellAddress(table, i, spec.columns[0] ?? "Force") ?? "",
    });
  });
  return out;
}

/** Whether two rows' value cells are the same text. */
export function sameValues(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}
