import type { GridTable, SheetGrid, WorkbookGrids } from "../engine/workbook";
import { readNumberFormats } from "./numberFormats";
import { parseXml, PartReader } from "./saxParts";
import { readSharedStrings } from "./sharedStrings";
import { readSheetCells, type CellContext } from "./sheetCells";
import { readWorkbookParts, relationshipsOf, type WorkbookSheet } from "./workbookParts";
import { readZip } from "./zip";

/** The Excel tables a worksheet's relationships name, with their ranges, in the order of its relationships. */
function tablesOf(parts: PartReader, sheet: WorkbookSheet): GridTable[] {
  return relationshipsOf(parts, sheet.part)
    .filter((r) => !r.external && r.type.endsWith("/table"))
    .flatMap((r) => {
      let table: GridTable | undefined;
      parseXml(r.target, parts.text(r.target), {
        open(local, a) {
          if (local === "table" && table === undefined && a.name !== undefined && a.ref !== undefined) table = { name: a.name, ref: a.ref };
        },
      });
      return table ? [table] : [];
    });
}

/**
 * A workbook's sheets, tables and grids read straight from its package (no spreadsheet library): the
 * workbook part, shared strings and styles are read at once, each worksheet's cells only when the
 * engine asks for its grid. Throws a PartError or ZipError for a package that is damaged.
 */
export function workbookGrids(bytes: Uint8Array): WorkbookGrids {
  const parts = new PartReader(readZip(bytes));
  const workbook = readWorkbookParts(parts);
  const stringsPart = workbook.sharedStrings;
  const sharedStrings = stringsPart !== undefined && parts.has(stringsPart) ? readSharedStrings(stringsPart, parts.text(stringsPart)) : [];
  const formats = readNumberFormats(workbook.styles, workbook.styles === undefined ? undefined : parts.optionalText(workbook.styles));
  const context: CellContext = { sharedStrings, formats, date1904: workbook.date1904 };
  const tables = new Map(workbook.sheets.map((s) => [s.name, tablesOf(parts, s)]));
  const grids = new Map<string, SheetGrid>();
  return {
    sheets: workbook.sheets.map((s) => s.name),
    tables: workbook.sheets.flatMap((s) => (tables.get(s.name) ?? []).map((t) => ({ name: t.name, sheet: s.name }))),
    grid(name) {
      const known = grids.get(name);
      if (known) return known;
      const sheet = workbook.sheets.find((s) => s.name === name);
      if (!sheet) return undefined;
      const read = readSheetCells(sheet.part, parts.text(sheet.part), context);
      const grid: SheetGrid = {
        cells: read.cells,
        origin: { row: 1, column: 1 },
        tables: tables.get(name) ?? [],
        ...(sheet.hidden ? { hidden: sheet.hidden } : {}),
        mergedRanges: read.mergedRanges,
        detail: read.detail,
      };
      grids.set(name, grid);
      return grid;
    },
  };
}
