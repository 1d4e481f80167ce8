import { buildSnapshot, coverageSpec, inputSheets, outputTemplate, renamedSheetOf, template, type SheetGrid, type SheetTable, type TableSpec, type WorkbookSnapshot } from "../../src/engine/workbook";
import { fromExcelValue } from "./cellValues";
import { CELL_BUDGET, batches, rowSlices } from "./chunks";
import { hiddenState, rangesOfAreas } from "./sheetState";

/** The sheets read: the template's, Coverage and the add-in's output sheets. */
const specs: readonly TableSpec[] = [...template, coverageSpec, ...outputTemplate];

/** True when this Excel can list a range's merged areas (Range.getMergedAreasOrNullObject, ExcelApi 1.13). */
export function canReadMergedAreas(): boolean {
  try {
    return typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported("ExcelApi", "1.13") === true;
  } catch {
    return false;
  }
}

/** True for office.js's error when a request or its response is over the size limit (Excel on the web: 5 MB). */
export function isPayloadTooLarge(error: unknown): boolean {
  const code = typeof error === "object" && error !== null ? String((error as { code?: unknown }).code ?? "") : "";
  return /PayloadSizeLimitExceeded/i.test(code);
}

/** A sheet's used range as read: its values and number formats, and the sheet position (0-based) of its top-left cell. */
interface UsedRange {
  readonly values: readonly (readonly unknown[])[];
  /** The cells' number formats (`Range.numberFormat`): they show which numbers are percentages. */
  readonly numberFormats?: readonly (readonly unknown[])[];
  readonly rowIndex: number;
  readonly columnIndex: number;
}

/**
 * What the engine's snapshot builder needs of a sheet, from its used range (values as the engine's
 * cell values, from the range's top-left cell), its Excel tables (names only: their ranges would
 * cost another sync, so the engine finds them by their header row), visibility and merged cells.
 */
function gridOf(range: UsedRange, tables: readonly SheetTable[], visibility: string | undefined, merged: readonly string[]): SheetGrid {
  const hidden = hiddenState(visibility);
  return {
    cells: range.values.map((row) => row.map(fromExcelValue)),
    origin: { row: range.rowIndex + 1, column: range.columnIndex + 1 },
    tables: tables.map((t) => ({ name: t.name })),
    ...(hidden ? { hidden } : {}),
    mergedRanges: merged,
    detail: (row, column) => {
      const format = range.numberFormats?.[row - 1 - range.rowIndex]?.[column - 1 - range.columnIndex];
      return typeof format === "string" ? { numberFormat: format } : undefined;
    },
  };
}

/** Worksheets with what the snapshot needs of them: name, and visibility for hidden input sheets. */
function loadWorksheets(context: Excel.RequestContext): Excel.WorksheetCollection {
  return context.workbook.worksheets.load("items/name,items/visibility");
}

/**
 * Queues the merged areas of each input sheet (read at the next sync, with everything else). They
 * are asked of the sheet's used range with formats (not only values), which covers every merge, a
 * merge of blank cells too. Older Excel (before ExcelApi 1.13) has no getMergedAreasOrNullObject,
 * and calling it there would fail the whole sync: there merges are not read (`mergedAreas` false),
 * so the check in Excel cannot say `merged-cells` (the .xlsx path still does).
 */
function queueMergedAreas(context: Excel.RequestContext, mergedAreas: boolean): { sheet: string; areas: Excel.RangeAreas }[] {
  if (!mergedAreas) return [];
  return inputSheets.map((sheet) => {
    const used = context.workbook.worksheets.getItemOrNullObject(sheet).getUsedRangeOrNullObject();
    const areas = used.getMergedAreasOrNullObject();
    areas.load("address");
    return { sheet, areas };
  });
}

/** The merged cells of each input sheet, by sheet, from the synced loads. */
function mergedBySheet(merged: readonly { sheet: string; areas: Excel.RangeAreas }[]): Map<string, readonly string[]> {
  return new Map(merged.map(({ sheet, areas }) => [sheet, areas.isNullObject ? [] : rangesOfAreas(areas.address)]));
}

/**
 * Reads the used ranges of large sheets in row slices under the cell budget (each cell's value and
 * number format both count): one sync for their sizes, one per batch of slices.
 */
async function readInSlices(context: Excel.RequestContext, sheetNames: readonly string[], budget: number): Promise<Map<string, UsedRange>> {
  const sizes = sheetNames.map((sheet) => {
    const range = context.workbook.worksheets.getItem(sheet).getUsedRangeOrNullObject(true);
    range.load("rowIndex,columnIndex,rowCount,columnCount");
    return { sheet, range };
  });
  await context.sync();
  const pieces = sizes.flatMap(({ sheet, range }) =>
    range.isNullObject ? [] : rowSlices(range.rowCount, range.columnCount, Math.max(1, Math.floor(budget / 2))).map((slice) => ({ sheet, slice, top: range.rowIndex, left: range.columnIndex, width: range.columnCount })),
  );
  const values = new Map<string, unknown[][]>();
  const formats = new Map<string, unknown[][]>();
  for (const batch of batches(pieces, (p) => 2 * (p.slice.end - p.slice.start) * p.width, budget)) {
    const loaded = batch.map((p) => {
      const range = context.workbook.worksheets.getItem(p.sheet).getRangeByIndexes(p.top + p.slice.start, p.left, p.slice.end - p.slice.start, p.width);
      range.load("values,numberFormat");
      return { p, range };
    });
    await context.sync();
    for (const { p, range } of loaded) {
      values.set(p.sheet, [...(values.get(p.sheet) ?? []), ...(range.values as unknown[][])]);
      formats.set(p.sheet, [...(formats.get(p.sheet) ?? []), ...(range.numberFormat as unknown[][])]);
    }
  }
  const out = new Map<string, UsedRange>();
  for (const { sheet, range } of sizes) {
    if (!range.isNullObject) out.set(sheet, { values: values.get(sheet) ?? [], numberFormats: formats.get(sheet) ?? [], rowIndex: range.rowIndex, columnIndex: range.columnIndex });
  }
  return out;
}

/**
 * Reads the open workbook into the engine's snapshot, inside one Excel.run: the sheet names and
 * visibility, the Excel tables' names and sheets, the used range of every template, Coverage and output
 * sheet (values and number formats) and the merged areas of every input sheet (where Excel has them,
 * `mergedAreas`: ExcelApi 1.13) are queued, then read in ONE sync, and handed to the engine's
 * snapshot builder (buildSnapshot), as the .xlsx reader's are. Only when Excel refuses a response over
 * its size limit are the sheets read again in slices under {@link CELL_BUDGET} cells.
 */
export async function readSnapshotIn(context: Excel.RequestContext, budget = CELL_BUDGET, mergedAreas = canReadMergedAreas()): Promise<WorkbookSnapshot> {
  let worksheets = loadWorksheets(context);
  let tables = context.workbook.tables.load("items/name,items/worksheet/name");
  let merged = queueMergedAreas(context, mergedAreas);
  const usedRanges = specs.map((spec) => {
    const range = context.workbook.worksheets.getItemOrNullObject(spec.sheet).getUsedRangeOrNullObject(true);
    range.load("values,numberFormat,rowIndex,columnIndex");
    return { sheet: spec.sheet, range };
  });
  let sliced: Map<string, UsedRange> | null = null;
  try {
    await context.sync();
  } catch (error) {
    if (!isPayloadTooLarge(error)) throw error;
    worksheets = loadWorksheets(context);
    tables = context.workbook.tables.load("items/name,items/worksheet/name");
    merged = queueMergedAreas(context, mergedAreas);
    await context.sync();
    const present = new Set(worksheets.items.map((w) => w.name));
    sliced = await readInSlices(context, specs.map((s) => s.sheet).filter((s) => present.has(s)), budget);
  }
  const sheetNames = worksheets.items.map((w) => w.name);
  const tableNames = tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name }));
  const used = sliced ?? new Map(usedRanges.filter((u) => !u.range.isNullObject).map((u) => [u.sheet, { values: u.range.values as unknown[][], numberFormats: u.range.numberFormat as unknown[][], rowIndex: u.range.rowIndex, columnIndex: u.range.columnIndex }]));
  const renamed = [...new Set(template.flatMap((spec) => renamedSheetOf(spec, sheetNames, tableNames) ?? []))];
  if (renamed.length > 0) for (const [sheet, range] of await readRenamed(context, renamed, budget)) used.set(sheet, range);
  const visibility = new Map(worksheets.items.map((w) => [w.name, w.visibility as string]));
  const merges = mergedBySheet(merged);
  return buildSnapshot({
    sheets: sheetNames,
    tables: tableNames,
    grid: (sheet) => {
      const range = used.get(sheet);
      return range ? gridOf(range, tableNames.filter((t) => t.sheet === sheet), visibility.get(sheet), merges.get(sheet) ?? []) : undefined;
    },
  });
}

/**
 * The used ranges of sheets found to hold a renamed template sheet's table, known only after the
 * first sync: one more sync (in slices, as above, if Excel refuses the size). Merged cells on such a
 * sheet are not read.
 */
async function readRenamed(context: Excel.RequestContext, sheets: readonly string[], budget: number): Promise<Map<string, UsedRange>> {
  const ranges = sheets.map((sheet) => {
    const range = context.workbook.worksheets.getItem(sheet).getUsedRangeOrNullObject(true);
    range.load("values,numberFormat,rowIndex,columnIndex");
    return { sheet, range };
  });
  try {
    await context.sync();
  } catch (error) {
    if (!isPayloadTooLarge(error)) throw error;
    return readInSlices(context, sheets, budget);
  }
  return new Map(ranges.filter((u) => !u.range.isNullObject).map((u) => [u.sheet, { values: u.range.values as unknown[][], numberFormats: u.range.numberFormat as unknown[][], rowIndex: u.range.rowIndex, columnIndex: u.range.columnIndex }]));
}
