import { a1, aboutFrom, parseAddress, type TableSnapshot, type WorkbookSnapshot } from "./snapshot";
import type { WritePlan } from "./writePlan";

/**
 * The in-memory adapter: the snapshot a new workbook written from `plan` would give when read back.
 * Used by tests and anywhere a workbook is built before it is saved.
 */
export function snapshotOfPlan(plan: WritePlan): WorkbookSnapshot {
  const tables: TableSnapshot[] = plan.tables.map((t) => {
    const { row, column } = parseAddress(t.topLeft);
    return { sheet: t.sheet, table: t.name, isExcelTable: true, headerRow: row, firstColumn: column, columns: [...t.columns], rows: t.rows.map((r) => [...r]) };
  });
  const sheets = [...new Set([...plan.createSheets, ...plan.tables.map((t) => t.sheet)])];
  return { sheets, tables, about: aboutFrom(tables) };
}

/**
 * The plan that writes a new workbook with the tables of a snapshot as found (columns, rows, names and
 * positions), in the template's number formats where the column is known. The inverse of
 * {@link snapshotOfPlan}; used to copy or alter a workbook in tests and fixtures.
 */
export function planOfSnapshot(snapshot: WorkbookSnapshot): WritePlan {
  return {
    createSheets: [...snapshot.sheets],
    tables: snapshot.tables.map((t) => ({ sheet: t.sheet, name: t.table, topLeft: a1(t.headerRow, t.firstColumn), columns: [...t.columns], rows: t.rows.map((r) => [...r]) })),
    writes: [],
  };
}

/**
 * The snapshot of a workbook after a plan is applied to it in memory: replaced sheets dropped, then
 * the plan's sheets and tables added. The in-memory twin of applying a plan to a file.
 */
export function applyPlanToSnapshot(snapshot: WorkbookSnapshot, plan: WritePlan): WorkbookSnapshot {
  const dropped = new Set(plan.replaceSheets ?? []);
  const kept = snapshot.tables.filter((t) => !dropped.has(t.sheet));
  const added = snapshotOfPlan(plan);
  const sheets = [...snapshot.sheets.filter((s) => !dropped.has(s)), ...added.sheets.filter((s) => !snapshot.sheets.includes(s) || dropped.has(s))];
  const tables = [...kept, ...added.tables];
  return { sheets: [...new Set(sheets)], tables, about: aboutFrom(tables) };
}
