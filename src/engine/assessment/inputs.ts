import { domains } from "../catalogue/domains";
import type { DomainId } from "../catalogue/types";
import { normaliseForceName, normaliseWords } from "../forces/names";
import { groupBy } from "../groupBy";
import { once } from "../remember";
import type { InputValue } from "../input";
import type { Issue } from "../result";
import { isBlankRow, valueAt, type LocatedTable } from "../workbook/checker/context";
import { locateTables } from "../workbook/checker/structure";
import { isCellError, type CellValue, type WorkbookSnapshot } from "../workbook/snapshot";
import { aboutItems } from "../workbook/template";

/** A row of a table, by column name, with cell values as the engine reads them. */
export type Row = ReadonlyMap<string, InputValue>;

/** The workbook's input tables, read once for the assessment: plain rows, blank rows left out. */
export interface AssessmentInputs {
  readonly assessmentYear: string | undefined;
  readonly illustrative: boolean;
  readonly forces: readonly Row[];
  readonly msg: readonly Row[];
  readonly data: readonly Row[];
  readonly finance: readonly Row[];
  readonly survey: readonly Row[];
  readonly evidence: readonly Row[];
  readonly actions: readonly Row[];
  readonly rules: ReadonlyMap<string, InputValue>;
  /** Grade labels, best first. */
  readonly scale: readonly string[];
}

/** An Excel error reads as its text ("#DIV/0!"), so that the number rules report it as not a number. */
export function inputValue(value: CellValue | undefined): InputValue {
  if (value === undefined) return null;
  return isCellError(value) ? value.error : value;
}

function rowsOf(loc: LocatedTable | undefined): Row[] {
  if (!loc) return [];
  return loc.table.rows
    .filter((row) => !isBlankRow(row))
    .map((row) => new Map(loc.spec.columns.map((c) => [c.name, inputValue(valueAt(loc, row, c.name))] as const)));
}

/** The text of a row's cell, trimmed, or "" when blank. */
export function text(row: Row, column: string): string {
  const v = row.get(column);
  return v === null || v === undefined ? "" : String(v).trim();
}

/**
 * The rows of a table (Evidence, Actions) whose Force cell names `force` (names compared as sameForce
 * compares them), in table order. The table is indexed by force once.
 */
export function rowsOfForce(rows: readonly Row[], force: string): readonly Row[] {
  const byForce = once(rowsByForce, rows, () => groupBy(rows, (row) => normaliseForceName(text(row, "Force"))));
  return byForce.get(normaliseForceName(force)) ?? [];
}

const rowsByForce = new WeakMap<readonly Row[], ReadonlyMap<string, readonly Row[]>>();

/** The domain named in a row (by its name, as the template's choices), if any. */
export function domainOf(row: Row): DomainId | undefined {
  const name = normaliseWords(text(row, "Domain"));
  return domains.find((d) => normaliseWords(d.name) === name)?.id;
}

/**
 * Reads the input tables of a workbook snapshot. Structural problems (a missing sheet or column) are
 * the checker's to report; here a missing table reads as empty.
 */
export function readInputs(snapshot: WorkbookSnapshot): AssessmentInputs {
  const ignored: Issue[] = [];
  const tables = locateTables(snapshot, ignored);
  const about = tables.get("About");
  const aboutValue = (item: string): string => {
    const row = rowsOf(about).find((r) => normaliseWords(text(r, "Item")) === normaliseWords(item));
    return row ? text(row, "Value") : "";
  };
  const rules = new Map<string, InputValue>();
  for (const row of rowsOf(tables.get("Rules"))) {
    const id = normaliseWords(text(row, "Rule id"));
    if (id) rules.set(id, row.get("Value") ?? null);
  }
  const scale = rowsOf(tables.get("Scale"))
    .map((r) => ({ grade: text(r, "Grade"), order: Number(r.get("Order")) }))
    .filter((g) => g.grade !== "" && Number.isFinite(g.order))
    .sort((a, b) => a.order - b.order)
    .map((g) => g.grade);
  const year = aboutValue(aboutItems.assessmentYear);
  return {
    assessmentYear: year === "" ? undefined : year,
    illustrative: /^y(es)?$/i.test(aboutValue(aboutItems.illustrative)),
    forces: rowsOf(tables.get("Forces")),
    msg: rowsOf(tables.get("MSG")),
    data: rowsOf(tables.get("Data")),
    finance: rowsOf(tables.get("Finance")),
    survey: rowsOf(tables.get("Survey")),
    evidence: rowsOf(tables.get("Evidence")),
    actions: rowsOf(tables.get("Actions")),
    rules,
    scale,
  };
}

