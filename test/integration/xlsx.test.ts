import ExcelJS from "exceljs";
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkWorkbook, emptyTemplatePlan, snapshotOfPlan } from "../../src/engine/workbook";
import { newWorkbookBytes, readSnapshot, writeFileAtomically } from "../../src/xlsx";
import { validSnapshot } from "../unit/workbook/builders";
import { newWorkbookPlan } from "../../src/engine/workbook";
import { validRows } from "../unit/workbook/builders";

const codeOf = async (bytes: Buffer) => {
  const r = await readSnapshot(bytes, "test.xlsx");
  return r.ok ? "ok" : r.issues[0]?.code;
};

describe("the .xlsx adapter", () => {
  it("reads back what it wrote: same snapshot as the in-memory adapter", async () => {
    const plan = newWorkbookPlan({ assessmentYear: "2008/09", preparedBy: "Tests", dataSources: "Made up", illustrative: true }, validRows());
    const read = await readSnapshot(Buffer.from(await newWorkbookBytes(plan)));
    expect(read.ok && read.value).toEqual(snapshotOfPlan(plan));
    expect(read.ok && checkWorkbook(read.value)).toEqual([]);
    expect(validSnapshot()).toEqual(snapshotOfPlan(plan));
  });

  it("reads an empty template with no findings", async () => {
    const read = await readSnapshot(Buffer.from(await newWorkbookBytes(emptyTemplatePlan())));
    expect(read.ok && checkWorkbook(read.value)).toEqual([]);
  });

  it("reads a table with no Excel table definition by its header row, and a renamed table", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Scale");
    ws.getCell("B3").value = "Grade";
    ws.getCell("C3").value = "Order";
    ws.getCell("D3").value = "Definition";
    ws.getCell("B4").value = "Good";
    ws.getCell("C4").value = "first";
    const data = wb.addWorksheet("Data");
    data.addTable({ name: "Table1", ref: "A1", columns: ["Force", "Year", "Data set id", "Numerator", "Denominator", "Source"].map((name) => ({ name })), rows: [["Kent", "2008/09", "robbery", 5, null, "x"]] });
    const read = await readSnapshot(Buffer.from(await wb.xlsx.writeBuffer()));
    if (!read.ok) throw new Error("unreadable");
    const findings = checkWorkbook(read.value).filter((f) => f.sheet === "Scale" || f.sheet === "Data");
    // Scale header in row 3 from column B: "first" in Order is C4.
    expect(findings.map((f) => [f.code, f.sheet, f.cell])).toEqual([
      ["table-renamed", "Data", "A1"],
      ["not-a-number", "Scale", "C4"],
    ]);
  });

  it("reads a template table found by its name on a renamed sheet, with a warning naming both sheets", async () => {
    const plan = newWorkbookPlan({ assessmentYear: "2008/09", preparedBy: "Tests", dataSources: "Made up", illustrative: true }, validRows());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await newWorkbookBytes(plan)) as unknown as ArrayBuffer);
    wb.getWorksheet("Data")!.name = "Data 2008-09";
    const read = await readSnapshot(Buffer.from(await wb.xlsx.writeBuffer()));
    if (!read.ok) throw new Error("unreadable");
    const findings = checkWorkbook(read.value);
    expect(findings.map((f) => [f.code, f.severity, f.sheet, f.cell])).toEqual([["sheet-renamed", "warning", "Data 2008-09", "A1"]]);
    expect(findings[0]?.message).toContain('its table Data is on sheet "Data 2008-09"');
    expect(read.value.tables.find((t) => t.sheet === "Data")?.rows).toEqual(snapshotOfPlan(plan).tables.find((t) => t.sheet === "Data")?.rows);
  });

  it.each([
    ["an empty file", Buffer.alloc(0), "file-empty"],
    ["a text file", Buffer.from("Force,Year\nKent,2008/09\n"), "file-not-a-workbook"],
    ["an encrypted workbook", Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(100), Buffer.from("EncryptedPackage", "utf16le")]), "file-password-protected"],
    ["an old .xls", Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(100), Buffer.from("Workbook", "utf16le")]), "file-old-excel-format"],
  ])("says which: %s", async (_name, bytes, code) => {
    expect(await codeOf(bytes)).toBe(code);
  });

  it("says a workbook cut short is damaged", async () => {
    const bytes = Buffer.from(await newWorkbookBytes(emptyTemplatePlan()));
    expect(await codeOf(bytes.subarray(0, Math.floor(bytes.length / 2)))).toBe("file-corrupt");
  });

  it("says a missing file is missing", async () => {
    const r = await readSnapshot(join(tmpdir(), "no-such-file-ra.xlsx"));
    expect(!r.ok && r.issues[0]?.code).toBe("file-not-found");
  });

  it("leaves no half-written file when writing fails", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ra-write-"));
    writeFileSync(join(dir, "keep.txt"), "x");
    await expect(writeFileAtomically(join(dir, "missing-folder", "out.xlsx"), new Uint8Array([1]))).rejects.toThrow();
    await writeFileAtomically(join(dir, "out.xlsx"), new Uint8Array([1, 2]));
    expect(readdirSync(dir).sort()).toEqual(["keep.txt", "out.xlsx"]);
  });
});
