import { z } from "zod";
import { cellText } from "../assessment/decisions";
import { issue, warning, type Issue } from "../result";
import { aboutItems } from "../workbook/template";
import { cellOf, findTable, type CellValue, type WorkbookSnapshot } from "../workbook/snapshot";
import type { TableCreate, WritePlan } from "../workbook/writePlan";
import { mergeableInputSheets } from "../workbook/writePlan";
import { keyedRows, mergedTables, nationalTables, sameValues, type KeyedRow, type MergedTable } from "./mergeTables";

/** A regional copy of the national workbook. */
export interface RegionalCopy {
  /** The file as named on the command line (for messages). */
  readonly file: string;
  /** The name the copy is known by in the Merges sheet (its file name without folders). */
  readonly name: string;
  readonly snapshot: WorkbookSnapshot;
}

/** One copy's side of a conflict: its file, the cell and the value it holds ("(row deleted)" when it removed the row). */
export interface ConflictSide {
  readonly file: string;
  readonly cell: string;
  readonly value: string;
}

/** A row changed in two or more copies in different ways. */
export interface MergeConflict {
  readonly sheet: string;
  readonly key: string;
  readonly force: string;
  /** The first value column where the sides differ ("the row" when one side deleted it). */
  readonly column: string;
  readonly sides: readonly ConflictSide[];
  /** The copy whose side was taken (from --prefer); undefined when the conflict is not settled. */
  readonly winner?: string;
}

/** How many rows of a sheet a copy added, changed and deleted (relative to what it held at the last merge, or to the national workbook). */
export interface CopyChanges {
  readonly file: string;
  readonly sheet: string;
  readonly added: number;
  readonly changed: number;
  readonly deleted: number;
}

/** What a merge gives: the plan to write, the conflicts, the notes, and each copy's changes. */
export interface MergeResult {
  readonly plan: WritePlan;
  readonly conflicts: readonly MergeConflict[];
  /** Conflicts not settled by `prefer`: the merge must not be written while there are any. */
  readonly unsettled: number;
  /** Conflicts (errors, or warnings when settled), different template versions, differing figures, forces changed in two copies. */
  readonly findings: readonly Issue[];
  readonly changes: readonly CopyChanges[];
}

type Change = { readonly kind: "add" | "set"; readonly row: KeyedRow } | { readonly kind: "delete"; readonly base: readonly string[] };

const DELETED = "(row deleted)";

/** A Merges row's Values: the copy's row as a list of texts. */
const textList = z.array(z.string());

/** What each copy held at its last merge, from the Merges sheet: copy name, then sheet, then key to values. */
function recordOf(national: WorkbookSnapshot): Map<string, Map<string, Map<string, readonly string[]>>> {
  const out = new Map<string, Map<string, Map<string, readonly string[]>>>();
  const table = findTable(national, "Merges");
  for (const r of table?.rows ?? []) {
    if (!table) break;
    const copy = cellText(cellOf(table, r, "Copy"));
    const sheet = cellText(cellOf(table, r, "Sheet"));
    const key = cellText(cellOf(table, r, "Key"));
    let values: unknown;
    try {
      values = JSON.parse(cellText(cellOf(table, r, "Values")));
    } catch {
      continue;
    }
    const texts = textList.safeParse(values);
    if (copy === "" || !texts.success) continue;
    const sheets = out.get(copy) ?? new Map<string, Map<string, readonly string[]>>();
    const rows = sheets.get(sheet) ?? new Map<string, readonly string[]>();
    rows.set(key, texts.data);
    sheets.set(sheet, rows);
    out.set(copy, sheets);
  }
  return out;
}

/** A copy's changes to one table against its base (what it held at its last merge, else the national rows). */
function changesOf(copyRows: Map<string, KeyedRow>, base: ReadonlyMap<string, readonly string[]>): Map<string, Change> {
  const out = new Map<string, Change>();
  for (const [key, row] of copyRows) {
    const before = base.get(key);
    if (!before) out.set(key, { kind: "add", row });
    else if (!sameValues(before, row.values)) out.set(key, { kind: "set", row });
  }
  for (const [key, values] of base) if (!copyRows.has(key)) out.set(key, { kind: "delete", base: values });
  return out;
}

const signature = (c: Change): string => (c.kind === "delete" ? DELETED : JSON.stringify(c.row.values));

function conflictOf(spec: MergedTable, key: string, sides: readonly { copy: RegionalCopy; change: Change }[], prefer: string | undefined): MergeConflict {
  const [first, second] = sides;
  const valuesOf = (c: Change) => (c.kind === "delete" ? undefined : c.row.values);
  const a = first ? valuesOf(first.change) : undefined;
  const b = second ? valuesOf(second.change) : undefined;
  const at = a && b ? spec.values.findIndex((_, i) => a[i] !== b[i]) : -1;
  const column = at >= 0 ? (spec.values[at] ?? "the row") : "the row";
  const side = ({ copy, change }: { copy: RegionalCopy; change: Change }): ConflictSide =>
    change.kind === "delete"
      ? { file: copy.file, cell: "(none)", value: DELETED }
      : { file: copy.file, cell: at >= 0 ? change.row.cells[at] || change.row.firstCell : change.row.firstCell, value: at >= 0 ? (change.row.values[at] ?? "") : change.row.values.join(", ") };
  const forceOf = (c: Change) => (c.kind === "delete" ? "" : c.row.force);
  const winner = sides.find((s) => s.copy.file === prefer)?.copy.file;
  return { sheet: spec.sheet, key, force: sides.map((s) => forceOf(s.change)).find((f) => f !== "") ?? key.split(" | ")[0] ?? "", column, sides: sides.map(side), ...(winner ? { winner } : {}) };
}

function conflictIssue(c: MergeConflict): Issue {
  const [one, two] = c.sides;
  const params = {
    sheet: c.sheet,
    key: c.key,
    column: c.column,
    file1: one?.file ?? "",
    cell1: one?.cell ?? "",
    value1: one?.value ?? "",
    file2: two?.file ?? "",
    cell2: two?.cell ?? "",
    value2: two?.value ?? "",
  };
  return c.winner ? warning("merge-conflict-settled", { sheet: c.sheet, force: c.force }, { ...params, winner: c.winner }) : issue("merge-conflict", { sheet: c.sheet, force: c.force }, params);
}

/** Rows of an input table as text, for comparing figures. */
function rowTexts(snapshot: WorkbookSnapshot, sheet: string): { texts: string[]; cells: string[] } {
  const table = findTable(snapshot, sheet);
  if (!table) return { texts: [], cells: [] };
  return {
    texts: table.rows.map((r) => JSON.stringify(r.map((v) => (v !== null && typeof v === "object" ? v : cellText(v))))),
    cells: table.rows.map((_, i) => `${sheet}!A${table.headerRow + 1 + i}`),
  };
}

/** Notes on a copy that differs from the national workbook in template version or figures. */
function copyNotes(national: WorkbookSnapshot, copy: RegionalCopy): Issue[] {
  const notes: Issue[] = [];
  const version = cellText(national.about[aboutItems.version]);
  const theirs = cellText(copy.snapshot.about[aboutItems.version]);
  if (theirs !== version) notes.push(warning("merge-template-version", { sheet: "About" }, { file: copy.file, version: theirs || "(none)", national: version || "(none)" }));
  for (const sheet of nationalTables) {
    const ours = rowTexts(national, sheet);
    const mine = rowTexts(copy.snapshot, sheet);
    const remaining = new Map<string, number>();
    for (const t of ours.texts) remaining.set(t, (remaining.get(t) ?? 0) + 1);
    let differing = 0;
    let first = "";
    mine.texts.forEach((t, i) => {
      const n = remaining.get(t) ?? 0;
      if (n > 0) remaining.set(t, n - 1);
      else {
        differing++;
        if (first === "") first = mine.cells[i] ?? "";
      }
    });
    const missing = [...remaining.values()].reduce((a, b) => a + b, 0);
    const count = Math.max(differing, missing);
    if (count > 0) notes.push(warning("merge-figures-differ", { sheet }, { file: copy.file, sheet, count, cell: first || `${sheet} (rows missing from the copy)` }));
  }
  return notes;
}

const widths: Readonly<Record<MergedTable["sheet"], readonly number[]>> = {
  Assessment: [24, 34, 20, 16, 40, 18, 12, 20],
  Comments: [24, 34, 20, 14, 60, 60],
  Evidence: [24, 34, 30, 24, 60, 40],
  Actions: [24, 34, 60, 24, 14],
};

/**
 * Brings regional copies' work into the national workbook: a three-way merge of the Assessment
 * decisions, Comments, Evidence and Actions, row by row (rows matched as {@link mergedTables} says).
 *
 * A copy's change is what differs from what it held when it was last merged (the Merges sheet), or
 * from the national workbook the first time. A row changed by one copy, or by several in the same
 * way, takes that change (added, changed or deleted); a row changed in two copies in different ways is
 * a conflict, settled only when `prefer` names one of the copies involved (its side is taken). Rows
 * no copy changed keep the national workbook's cells. Figures (Forces, MSG, Data, Finance, Survey,
 * Rules, Scale) are never merged; a copy whose figures or template version differ is reported.
 *
 * The plan replaces only the tables whose rows change (Evidence and Actions are declared as merged
 * input sheets) and writes the Merges sheet, so merging the same copies again changes nothing.
 * Same inputs, same plan.
 */
export function mergeCopies(national: WorkbookSnapshot, copies: readonly RegionalCopy[], prefer?: string): MergeResult {
  const record = recordOf(national);
  const conflicts: MergeConflict[] = [];
  const findings: Issue[] = copies.flatMap((c) => copyNotes(national, c));
  const changes: CopyChanges[] = [];
  const tables: TableCreate[] = [];
  const forcesChanged = new Map<string, Set<string>>();
  const recordRows: CellValue[][] = [];
  for (const [name, sheets] of record) {
    if (copies.some((c) => c.name === name)) continue;
    for (const [sheet, rows] of sheets) for (const [key, values] of rows) recordRows.push([name, sheet, key, JSON.stringify(values)]);
  }

  for (const spec of mergedTables) {
    const nationalRows = keyedRows(national, spec) ?? new Map<string, KeyedRow>();
    const nationalValues = new Map([...nationalRows].map(([k, r]) => [k, r.values] as const));
    const byKey = new Map<string, { copy: RegionalCopy; change: Change }[]>();
    for (const copy of copies) {
      const rows = keyedRows(copy.snapshot, spec);
      if (!rows) continue;
      for (const [key, r] of rows) recordRows.push([copy.name, spec.sheet, key, JSON.stringify(r.values)]);
      const base = record.get(copy.name)?.get(spec.sheet) ?? nationalValues;
      const mine = changesOf(rows, base);
      let added = 0;
      let changed = 0;
      let deleted = 0;
      for (const [key, change] of mine) {
        if (change.kind === "add") added++;
        else if (change.kind === "set") changed++;
        else deleted++;
        byKey.set(key, [...(byKey.get(key) ?? []), { copy, change }]);
        const force = change.kind === "delete" ? (nationalRows.get(key)?.force ?? key.split(" | ")[0] ?? "") : change.row.force;
        const files = forcesChanged.get(force.toLowerCase()) ?? new Set<string>();
        files.add(copy.file);
        forcesChanged.set(force.toLowerCase(), files);
      }
      if (added + changed + deleted > 0) changes.push({ file: copy.file, sheet: spec.sheet, added, changed, deleted });
    }

    const merged = new Map<string, readonly CellValue[]>([...nationalRows].map(([k, r]) => [k, r.row] as const));
    for (const [key, sides] of byKey) {
      const distinct = new Set(sides.map((s) => signature(s.change)));
      let chosen = sides[0]?.change;
      if (distinct.size > 1) {
        const conflict = conflictOf(spec, key, sides, prefer);
        conflicts.push(conflict);
        findings.push(conflictIssue(conflict));
        chosen = conflict.winner ? sides.find((s) => s.copy.file === conflict.winner)?.change : undefined;
      }
      if (!chosen) continue;
      if (chosen.kind === "delete") merged.delete(key);
      else {
        const before = merged.get(key);
        const valueAt = new Map(spec.values.map((v, i) => [spec.columns.indexOf(v), chosen.row.values[i] ?? ""] as const));
        merged.set(key, before ? before.map((cell, i) => (valueAt.has(i) ? valueAt.get(i) || null : cell)) : chosen.row.row);
      }
    }
    const rows = [...merged.values()];
    const unchanged = rows.length === nationalRows.size && [...nationalRows.values()].every((r, i) => JSON.stringify(r.row) === JSON.stringify(rows[i]));
    if (!unchanged) tables.push({ sheet: spec.sheet, name: spec.sheet, topLeft: "A1", columns: spec.columns, rows, widths: widths[spec.sheet] });
  }

  for (const [lower, files] of forcesChanged) {
    if (files.size < 2) continue;
    const named = forceNameOf(copies, lower);
    const display = copies.flatMap((c) => (files.has(c.file) ? [c.file] : []));
    findings.push(issue("merge-force-in-two-copies", { force: named }, { force: named, files: display.join(", ") }));
  }

  tables.push({ sheet: "Merges", name: "Merges", topLeft: "A1", columns: ["Copy", "Sheet", "Key", "Values"], rows: recordRows, widths: [30, 14, 60, 60] });
  const replaceSheets = tables.map((t) => t.sheet);
  const mergedInputSheets = replaceSheets.filter((s) => mergeableInputSheets.includes(s));
  return {
    plan: { replaceSheets, createSheets: [], tables, writes: [], ...(mergedInputSheets.length > 0 ? { mergedInputSheets } : {}) },
    conflicts,
    unsettled: conflicts.filter((c) => !c.winner).length,
    findings,
    changes,
  };
}

/** A force's name as written in a copy's Assessment or Forces rows (the key holds it in lower case). */
function forceNameOf(copies: readonly RegionalCopy[], lower: string): string {
  for (const c of copies) {
    for (const sheet of ["Forces", "Assessment"]) {
      const table = findTable(c.snapshot, sheet);
      const hit = table?.rows.map((r) => cellText(table && cellOf(table, r, "Force"))).find((f) => f.toLowerCase() === lower);
      if (hit) return hit;
    }
  }
  return lower;
}
