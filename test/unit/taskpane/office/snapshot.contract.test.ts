/**
 * The snapshot contract, run against both readers of a real workbook: the .xlsx adapter (an ExcelJS
 * workbook written to bytes by the real writer and read back by the real reader, `readSnapshot`) and
 * the Office adapter (office.js against an in-memory Excel behind an office-addin-mock context). Both
 * hand their sheets to the engine's one builder (buildSnapshot), so the same workbook, untidied in the
 * same ways, must give the same snapshot: tables, columns, rows, header row and first column, notes,
 * stray cells, renamed, hidden and merged sheets, Coverage and About. Expected places are worked out
 * by hand from the template's layout (every table at A1, header in row 1).
 */
import ExcelJS from "exceljs";
import { coverageCells, coverageSpec, isBlank, newWorkbookPlan, type WorkbookSnapshot, type WritePlan } from "../../../../src/engine/workbook";
import { readSnapshot } from "../../../../src/xlsx/load";
import { applyPlan } from "../../../../src/xlsx/write";
import { applyPlanIn } from "../../../../taskpane/office/applyPlan";
import { CELL_BUDGET } from "../../../../taskpane/office/chunks";
import { readSnapshotIn } from "../../../../taskpane/office/readSnapshot";
import { validRows } from "../../workbook/builders";
import { FakeExcel } from "./fakeExcel";

/** What a test does to a workbook, the same way through either adapter. */
interface Reader {
  apply(plan: WritePlan): Promise<void>;
  hide(sheet: string, state: "hidden" | "very hidden"): void;
  merge(sheet: string, range: string): void;
  put(sheet: string, cell: string, value: string | number): void;
  numberFormat(sheet: string, cell: string, format: string): void;
  renameSheet(from: string, to: string): void;
  read(): Promise<WorkbookSnapshot>;
}

function xlsxReader(): Reader {
  const wb = new ExcelJS.Workbook();
  const ws = (name: string) => {
    const found = wb.getWorksheet(name);
    if (!found) throw new Error(`No sheet ${name}`);
    return found;
  };
  return {
    apply: async (plan) => applyPlan(wb, plan),
    hide: (sheet, state) => void (ws(sheet).state = state === "hidden" ? "hidden" : "veryHidden"),
    merge: (sheet, range) => ws(sheet).mergeCells(range),
    put: (sheet, cell, value) => void (ws(sheet).getCell(cell).value = value),
    numberFormat: (sheet, cell, format) => void (ws(sheet).getCell(cell).numFmt = format),
    renameSheet: (from, to) => void (ws(from).name = to),
    read: async () => {
      const read = await readSnapshot(Buffer.from(await wb.xlsx.writeBuffer()));
      if (!read.ok) throw new Error(JSON.stringify(read.issues));
      return read.value;
    },
  };
}

function officeReader(): Reader {
  const excel = new FakeExcel();
  const sheet = (name: string) => {
    const found = excel.sheet(name);
    if (!found) throw new Error(`No sheet ${name}`);
    return found;
  };
  const key = (cell: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(cell);
    const column = [...(m?.[1] ?? "A")].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    return `${m?.[2] ?? 1},${column}`;
  };
  return {
    apply: async (plan) => void (await excel.run((context) => applyPlanIn(context, plan))),
    hide: (name, state) => void (sheet(name).visibility = state === "hidden" ? "Hidden" : "VeryHidden"),
    merge: (name, range) => void sheet(name).merges.push(range),
    put: (name, cell, value) => excel.put(name, cell, [[value]]),
    numberFormat: (name, cell, format) => void sheet(name).formats.set(key(cell), format),
    renameSheet: (from, to) => {
      sheet(from).name = to;
      for (const t of excel.tables) if (t.sheet === from) t.sheet = to;
    },
    read: () => excel.run((context) => readSnapshotIn(context, CELL_BUDGET, true)),
  };
}

const about = { assessmentYear: "2008/09", preparedBy: "Test", dataSources: "Test", illustrative: true };
const template = () => newWorkbookPlan(about, validRows());
const coveragePlan: WritePlan = {
  createSheets: [coverageSpec.sheet],
  tables: [{ sheet: coverageSpec.sheet, name: coverageSpec.name, topLeft: "A1", columns: coverageSpec.columns.map((c) => c.name), rows: coverageCells([{ dataSetId: "robbery", year: "2008/09", status: "real", forces: 43, which: "All forces", source: "ONS" }]) }],
  writes: [],
};

/** The snapshot with blank data rows left out (an empty Excel table's placeholder row is not data) and blanks as null. */
function comparable(snapshot: WorkbookSnapshot) {
  return {
    ...snapshot,
    sheets: [...snapshot.sheets].sort(),
    tables: snapshot.tables.map((t) => ({ ...t, rows: t.rows.filter((r) => !r.every((v) => isBlank(v))).map((r) => r.map((v) => (isBlank(v) ? null : v))) })),
  };
}

const readers: [string, () => Reader][] = [
  [".xlsx (real writer and reader, through bytes)", xlsxReader],
  ["Office (office.js)", officeReader],
];

describe.each(readers)("snapshot contract: %s", (_name, make) => {
  it("reads a tidy template: every input table at A1, About, no hidden, merged, stray or renamed sheets", async () => {
    const reader = make();
    await reader.apply(template());
    const s = await reader.read();
    expect(s.tables.map((t) => [t.sheet, t.table, t.isExcelTable, t.headerRow, t.firstColumn])).toEqual(
      ["About", "Forces", "MSG", "Data", "Finance", "Survey", "Evidence", "Actions", "Rules", "Scale", "Responses"].map((n) => [n, n, true, 1, 1]),
    );
    expect(s.tables.find((t) => t.sheet === "Data")?.rows).toEqual(validRows().Data);
    expect(s.about["Assessment year"]).toBe("2008/09");
    for (const field of ["hiddenSheets", "mergedRanges", "strayCells", "renamedSheets"]) expect(s).not.toHaveProperty(field);
  });

  it("says which input sheets are hidden and merged, where the first stray value is, and notes a percentage", async () => {
    const reader = make();
    await reader.apply(template());
    reader.hide("Forces", "hidden");
    reader.hide("Rules", "very hidden");
    reader.merge("Data", "H2:I3");
    reader.put("Data", "J5", "a note");
    reader.put("About", "D3", "checked by Jo");
    // Survey D2 is the first data row's Percentage (column 4): 82.5 shown with a % format.
    reader.numberFormat("Survey", "D2", "0.0%");
    const s = await reader.read();
    expect({ hiddenSheets: s.hiddenSheets, mergedRanges: s.mergedRanges, strayCells: s.strayCells }).toEqual({
      hiddenSheets: [{ sheet: "Forces", state: "hidden" }, { sheet: "Rules", state: "very hidden" }],
      mergedRanges: [{ sheet: "Data", range: "H2:I3" }],
      strayCells: [{ sheet: "About", cell: "D3" }, { sheet: "Data", cell: "J5" }],
    });
    expect(s.tables.find((t) => t.sheet === "Survey")?.notes).toEqual([{ row: 0, column: 3, percentFormat: true }]);
  });

  it("reads a renamed input sheet as the template's, and says so", async () => {
    const reader = make();
    await reader.apply(template());
    reader.renameSheet("Data", "Data 2008-09");
    const s = await reader.read();
    expect(s.renamedSheets).toEqual([{ sheet: "Data", foundOn: "Data 2008-09" }]);
    expect(s.tables.find((t) => t.sheet === "Data")).toMatchObject({ table: "Data", headerRow: 1, firstColumn: 1, rows: validRows().Data });
  });

  it("reads the Coverage table, and gathers nothing of the output sheets' state", async () => {
    const reader = make();
    await reader.apply(template());
    await reader.apply(coveragePlan);
    reader.put("Coverage", "H9", "a stray note on an optional sheet");
    const s = await reader.read();
    expect(s.tables.find((t) => t.sheet === "Coverage")?.rows).toEqual([["robbery", "2008/09", "real", 43, "All forces", "ONS"]]);
    expect(s).not.toHaveProperty("strayCells");
  });
});

describe("snapshot contract: both readers give the same snapshot of the same untidy workbook", () => {
  it("field for field", async () => {
    const snapshots = await Promise.all(
      readers.map(async ([, make]) => {
        const reader = make();
        await reader.apply(template());
        await reader.apply(coveragePlan);
        reader.hide("Finance", "hidden");
        reader.merge("Evidence", "H2:I3");
        reader.put("MSG", "K40", "x");
        reader.numberFormat("Survey", "D3", "0%");
        reader.renameSheet("Scale", "Grades");
        return comparable(await reader.read());
      }),
    );
    expect(snapshots[1]).toEqual(snapshots[0]);
    expect(snapshots[0]?.renamedSheets).toEqual([{ sheet: "Scale", foundOn: "Grades" }]);
  });
});
