import { aboutFrom, outputTemplate, template, type TableSnapshot, type TableSpec, type WorkbookSnapshot } from "../../src/engine/workbook";
import { CELL_BUDGET, batches, rowSlices } from "./chunks";
import { locateTable, type UsedRange } from "./locateTable";

const specs: readonly TableSpec[] = [...template, ...outputTemplate];

/** True for office.js's error when a request or its response is over the size limit (Excel on the web: 5 MB). */
export function isPayloadTooLarge(error: unknown): boolean {
  const code = typeof error === "object" && error !== null ? String((error as { code?: unknown }).code ?? "") : "";
  return /PayloadSizeLimitExceeded/i.test(code);
}

interface TableName {
  readonly name: string;
  readonly sheet: string;
}

function snapshotFrom(sheets: readonly string[], tables: readonly TableName[], used: ReadonlyMap<string, UsedRange>): WorkbookSnapshot {
  const found: TableSnapshot[] = [];
  for (const spec of specs) {
    const range = used.get(spec.sheet);
    if (!range) continue;
    const onSheet = tables.filter((t) => t.sheet === spec.sheet);
    const name = onSheet.find((t) => t.name === spec.name)?.name ?? (onSheet.length === 1 ? (onSheet[0]?.name ?? null) : null);
    const table = locateTable(spec.sheet, range, spec, name);
    if (table) found.push(table);
  }
  return { sheets, tables: found, about: aboutFrom(found) };
}

/** Reads the used ranges of large sheets in row slices under the cell budget: one sync for their sizes, one per batch of slices. */
async function readInSlices(context: Excel.RequestContext, sheetNames: readonly string[], budget: number): Promise<Map<string, UsedRange>> {
  const sizes = sheetNames.map((sheet) => {
    const range = context.workbook.worksheets.getItem(sheet).getUsedRangeOrNullObject(true);
    range.load("rowIndex,columnIndex,rowCount,columnCount");
    return { sheet, range };
  });
  await context.sync();
  const pieces = sizes.flatMap(({ sheet, range }) =>
    range.isNullObject ? [] : rowSlices(range.rowCount, range.columnCount, budget).map((slice) => ({ sheet, slice, top: range.rowIndex, left: range.columnIndex, width: range.columnCount })),
  );
  const values = new Map<string, unknown[][]>();
  for (const batch of batches(pieces, (p) => (p.slice.end - p.slice.start) * p.width, budget)) {
    const loaded = batch.map((p) => {
      const range = context.workbook.worksheets.getItem(p.sheet).getRangeByIndexes(p.top + p.slice.start, p.left, p.slice.end - p.slice.start, p.width);
      range.load("values");
      return { p, range };
    });
    await context.sync();
    for (const { p, range } of loaded) values.set(p.sheet, [...(values.get(p.sheet) ?? []), ...(range.values as unknown[][])]);
  }
  const out = new Map<string, UsedRange>();
  for (const { sheet, range } of sizes) if (!range.isNullObject) out.set(sheet, { values: values.get(sheet) ?? [], rowIndex: range.rowIndex, columnIndex: range.columnIndex });
  return out;
}

/**
 * Reads the template and output tables of the open workbook into the engine's snapshot, inside one
 * Excel.run: the sheet names, the Excel tables' names and sheets and the used range of every template
 * and output sheet are queued, then read in ONE sync. Only when Excel refuses a response over its size
 * limit are the sheets read again in slices under {@link CELL_BUDGET} cells.
 */
export async function readSnapshotIn(context: Excel.RequestContext, budget = CELL_BUDGET): Promise<WorkbookSnapshot> {
  let worksheets = context.workbook.worksheets.load("items/name");
  let tables = context.workbook.tables.load("items/name,items/worksheet/name");
  const usedRanges = specs.map((spec) => {
    const range = context.workbook.worksheets.getItemOrNullObject(spec.sheet).getUsedRangeOrNullObject(true);
    range.load("values,rowIndex,columnIndex");
    return { sheet: spec.sheet, range };
  });
  let sliced: Map<string, UsedRange> | null = null;
  try {
    await context.sync();
  } catch (error) {
    if (!isPayloadTooLarge(error)) throw error;
    worksheets = context.workbook.worksheets.load("items/name");
    tables = context.workbook.tables.load("items/name,items/worksheet/name");
    await context.sync();
    const present = new Set(worksheets.items.map((w) => w.name));
    sliced = await readInSlices(context, specs.map((s) => s.sheet).filter((s) => present.has(s)), budget);
  }
  const sheetNames = worksheets.items.map((w) => w.name);
  const tableNames = tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name }));
  const used = sliced ?? new Map(usedRanges.filter((u) => !u.range.isNullObject).map((u) => [u.sheet, { values: u.range.values as unknown[][], rowIndex: u.range.rowIndex, columnIndex: u.range.columnIndex }]));
  return snapshotFrom(sheetNames, tableNames, used);
}
