import { a1, parseAddress, type CellValue, type TableCreate, type WritePlan } from "../../src/engine/workbook";
import { CELL_BUDGET, batches, rowSlices } from "./chunks";
import { toExcelValue } from "./cellValues";
import { chartsWork } from "./charts";

/** One piece of queued work and the cells it sends. */
interface Work {
  readonly cells: number;
  readonly queue: (context: Excel.RequestContext) => void;
}

/**
 * More work to queue after a plan's, in the same Excel.run and (within the cell budget) the same final
 * sync: the native charts of a plan, for example. `existingSheets` holds the sheets the
 * workbook has at that point of the batch (as read in the first sync, after the plan's additions), and
 * `chartsOn` the names of the charts each sheet had in the first sync.
 */
export interface FollowingWork {
  readonly cells: number;
  readonly queue: (context: Excel.RequestContext, existingSheets: ReadonlySet<string>, chartsOn: ReadonlyMap<string, readonly string[]>) => void;
}

/** Points per character of column width (Calibri 11, Excel's default). */
const POINTS_PER_CHARACTER = 7;

function rangeAddress(top: number, left: number, rows: number, columns: number): string {
  return `${a1(top, left)}:${a1(top + rows - 1, left + columns - 1)}`;
}

function blockWork(sheet: string, top: number, left: number, values: readonly (readonly CellValue[])[], formats: readonly (string | null)[] | undefined, budget: number): Work[] {
  const width = Math.max(1, ...values.map((r) => r.length));
  return rowSlices(values.length, width, budget).map((slice) => {
    const rows = values.slice(slice.start, slice.end).map((r) => Array.from({ length: width }, (_, c) => toExcelValue(r[c] ?? null)));
    const formatCells = formats ? formats.filter((f) => f).length * rows.length : 0;
    return {
      cells: rows.length * width + formatCells,
      queue: (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.getRange(rangeAddress(top + slice.start, left, rows.length, width)).values = rows;
        formats?.forEach((format, c) => {
          if (!format) return;
          ws.getRange(rangeAddress(top + slice.start, left + c, rows.length, 1)).numberFormat = rows.map(() => [format]);
        });
      },
    };
  });
}

function tableWork(t: TableCreate, budget: number): Work[] {
  const { row, column } = parseAddress(t.topLeft);
  const body = t.rows.length > 0 ? t.rows : [t.columns.map(() => null)];
  const header = blockWork(t.sheet, row, column, [t.columns], undefined, budget);
  const rows = blockWork(t.sheet, row + 1, column, body, t.numberFormats, budget);
  const finish: Work = {
    cells: t.columns.length,
    queue: (context) => {
      const ws = context.workbook.worksheets.getItem(t.sheet);
      const table = ws.tables.add(`'${t.sheet.replace(/'/g, "''")}'!${rangeAddress(row, column, body.length + 1, t.columns.length)}`, true);
      table.name = t.name;
      t.widths?.forEach((w, c) => {
        const letters = a1(1, column + c).replace(/\d+$/, "");
        ws.getRange(`${letters}:${letters}`).format.columnWidth = w * POINTS_PER_CHARACTER;
      });
      ws.freezePanes.freezeRows(row);
    },
  };
  return [...header, ...rows, finish];
}

/**
 * Applies a write plan to the open workbook inside one Excel.run: one sync to learn which sheets and
 * tables exist, then every change queued with calculation suspended and sent in ONE sync: each
 * replaced sheet rewritten in place (never deleted, so formulas elsewhere that refer to it keep
 * working): its tables turned into plain ranges (Excel rewrites structured references to them as cell
 * references) and the sheet cleared; sheets added, each table's header and rows written (text that Excel would take for a
 * formula gets a leading apostrophe), its number formats and column widths set and the Excel table
 * created over them, then block writes. A plan of more than {@link CELL_BUDGET} cells is sent in
 * batches, one sync each. The plan's charts (`plan.charts`, see ./charts) are drawn last, then any
 * `following` work, so they go in the final sync with the plan's own (a plan with its charts of at
 * most `budget` cells: two syncs in all).
 */
export async function applyPlanIn(context: Excel.RequestContext, plan: WritePlan, budget = CELL_BUDGET, following: readonly FollowingWork[] = []): Promise<number> {
  const worksheets = context.workbook.worksheets.load("items/name,items/charts/items/name");
  const tables = context.workbook.tables.load("items/name,items/worksheet/name");
  await context.sync();
  let syncs = 1;
  const existing = new Set(worksheets.items.map((w) => w.name));
  const chartsOn = new Map(worksheets.items.map((w) => [w.name, w.charts.items.map((c) => c.name)]));
  const replaced = new Set((plan.replaceSheets ?? []).filter((name) => existing.has(name)));
  const sheetWork: Work = {
    cells: 0,
    queue: (ctx) => {
      for (const t of tables.items) if (replaced.has(t.worksheet.name)) ctx.workbook.tables.getItem(t.name).convertToRange();
      for (const name of replaced) ctx.workbook.worksheets.getItem(name).getRange().clear();
      for (const name of [...plan.createSheets, ...plan.tables.map((t) => t.sheet), ...plan.writes.map((w) => w.sheet)]) {
        if (existing.has(name)) continue;
        ctx.workbook.worksheets.add(name);
        existing.add(name);
      }
    },
  };
  const work: Work[] = [
    sheetWork,
    ...plan.tables.flatMap((t) => tableWork(t, budget)),
    ...plan.writes.flatMap((w) => {
      const { row, column } = parseAddress(w.topLeft);
      return blockWork(w.sheet, row, column, w.values, w.numberFormats, budget);
    }),
    ...[...(plan.charts ? [chartsWork(plan.charts)] : []), ...following].map((f): Work => ({ cells: f.cells, queue: (ctx) => f.queue(ctx, existing, chartsOn) })),
  ];
  for (const batch of batches(work, (w) => w.cells, budget)) {
    context.application.suspendApiCalculationUntilNextSync();
    for (const w of batch) w.queue(context);
    await context.sync();
    syncs++;
  }
  return syncs;
}
