import { aboutFrom, cellNotesOf, firstStrayCell, inputSheets, outputTemplate, renamedSheetOf, template, type TableSnapshot, type TableSpec, type WorkbookSnapshot, withNotes } from "../../src/engine/workbook";
import { fromExcelValue } from "./cellValues";
import { CELL_BUDGET, batches, rowSlices } from "./chunks";
import { locateTable, type UsedRange } from "./locateTable";
import { hiddenState, rangesOfAreas, type HiddenState } from "./sheetState";

const specs: readonly TableSpec[] = [...template, ...outputTemplate];

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

interface TableName {
  readonly name: string;
  readonly sheet: string;
}

/** What is read of the input sheets besides their tables: hidden sheets and merged cells. */
interface InputSheetState {
  readonly hiddenSheets: readonly { readonly sheet: string; readonly state: HiddenState }[];
  readonly mergedRanges: readonly { readonly sheet: string; readonly range: string }[];
}

/**
 * The snapshot from what was read: `used` holds the used range of each sheet by its name in the
 * workbook, and `renamed` the sheet each renamed template sheet was found on (read as the template's).
 */
function snapshotFrom(sheets: readonly string[], tables: readonly TableName[], used: ReadonlyMap<string, UsedRange>, state: InputSheetState, renamed: ReadonlyMap<string, string>): WorkbookSnapshot {
  const found: TableSnapshot[] = [];
  const strayCells: { sheet: string; cell: string }[] = [];
  for (const spec of specs) {
    const on = renamed.get(spec.sheet) ?? spec.sheet;
    const range = used.get(on);
    if (!range) continue;
    const onSheet = tables.filter((t) => t.sheet === on);
    const name = onSheet.find((t) => t.name === spec.name)?.name ?? (onSheet.length === 1 ? (onSheet[0]?.name ?? null) : null);
    const located = locateTable(spec.sheet, range, spec, name);
    if (!located) continue;
    const table = withNotes(located, cellNotesOf(located, (row, column) => {
      const format = range.numberFormats?.[row - 1 - range.rowIndex]?.[column - 1 - range.columnIndex];
      return typeof format === "string" ? { numberFormat: format } : undefined;
    }));
    found.push(table);
    if (!inputSheets.includes(spec.sheet)) continue;
    const stray = firstStrayCell(range.values, { row: range.rowIndex + 1, column: range.columnIndex + 1 }, table, fromExcelValue);
    if (stray) strayCells.push({ sheet: spec.sheet, cell: stray });
  }
  return {
    sheets,
    tables: found,
    about: aboutFrom(found),
    ...(state.mergedRanges.length > 0 ? { mergedRanges: state.mergedRanges } : {}),
    ...(state.hiddenSheets.length > 0 ? { hiddenSheets: state.hiddenSheets } : {}),
    ...(strayCells.length > 0 ? { strayCells } : {}),
    ...(renamed.size > 0 ? { renamedSheets: [...renamed].map(([sheet, foundOn]) => ({ sheet, foundOn })) } : {}),
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

/** Hidden input sheets (in template order) and merged cells on input sheets, from the synced loads. */
function inputSheetState(worksheets: Excel.WorksheetCollection, merged: readonly { sheet: string; areas: Excel.RangeAreas }[], renamed: ReadonlyMap<string, string>): InputSheetState {
  const hiddenSheets = inputSheets.flatMap((sheet) => {
    const on = renamed.get(sheet) ?? sheet;
    const state = hiddenState(worksheets.items.find((w) => w.name === on)?.visibility);
    return state ? [{ sheet, state }] : [];
  });
  const mergedRanges = merged.flatMap(({ sheet, areas }) => (areas.isNullObject ? [] : rangesOfAreas(areas.address).map((range) => ({ sheet, range }))));
  return { hiddenSheets, mergedRanges };
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
 * Reads the template and output tables of the open workbook into the engine's snapshot, inside one
 * Excel.run: the sheet names and visibility, the Excel tables' names and sheets, the used range of
 * every template and output sheet (values and number formats) and the merged areas of every input sheet (where Excel has them,
 * `mergedAreas`: ExcelApi 1.13) are queued, then read in ONE sync. The snapshot says which input
 * sheets are hidden, which cells on them are merged and the first value outside each one's table, as
 * the .xlsx reader does. Only when Excel refuses a response over its size limit are the sheets read
 * again in slices under {@link CELL_BUDGET} cells.
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
  const renamed = new Map(template.flatMap((spec) => {
    const foundOn = renamedSheetOf(spec, sheetNames, tableNames);
    return foundOn ? [[spec.sheet, foundOn] as const] : [];
  }));
  if (renamed.size > 0) for (const [sheet, range] of await readRenamed(context, [...new Set(renamed.values())], budget)) used.set(sheet, range);
  return snapshotFrom(sheetNames, tableNames, used, inputSheetState(worksheets, merged, renamed), renamed);
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
