import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { assessForce, forcesOf, planAssessments, readInputs, readSettings } from "../../src/engine/assessment";
import type { WritePlan } from "../../src/engine/workbook";
import { patchWorkbook, snapshotFromBytes } from "../../src/xlsx";

// The writer behind `ra assess`, in process and with no other program: every part of the input is kept
// byte for byte, output sheets are rewritten in place, and a re-run changes nothing. (Workbooks made by
// LibreOffice and openpyxl go through the same checks in otherPrograms.test.ts.)

const sample = readFileSync(join(__dirname, "..", "..", "assets", "national-sample.xlsx"));

async function planFor(bytes: Buffer, forces?: readonly string[]): Promise<WritePlan> {
  const read = snapshotFromBytes(bytes);
  if (!read.ok) throw new Error("unreadable");
  const snapshot = read.value;
  const inputs = readInputs(snapshot);
  const settings = readSettings(inputs);
  const assessments = (forces ?? forcesOf(inputs)).map((f) => {
    const r = assessForce(inputs, settings, f);
    if (!r.ok) throw new Error(f);
    return r.value;
  });
  return planAssessments(snapshot, assessments).plan;
}

async function parts(bytes: Uint8Array): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Buffer>();
  for (const [name, file] of Object.entries(zip.files)) if (!file.dir) out.set(name, await file.async("nodebuffer"));
  return out;
}

/** The sample with a VBA project and a custom XML part in it, as an .xlsm saved by Excel has. */
async function withExtraParts(): Promise<{ bytes: Buffer; vba: Buffer }> {
  const zip = await JSZip.loadAsync(sample);
  const vba = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
  zip.file("xl/vbaProject.bin", vba);
  zip.file("customXml/item1.xml", "<root>kept</root>");
  const types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
  zip.file("[Content_Types].xml", types.replace("</Types>", '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>'));
  return { bytes: await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }), vba };
}

const mayChange = new Set(["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "docProps/app.xml"]);

describe("writing the output sheets into an existing workbook", () => {
  it("keeps every input part byte for byte (a VBA project too), and a second run changes no part", async () => {
    const { bytes, vba } = await withExtraParts();
    const input = await parts(bytes);
    const first = patchWorkbook(bytes, await planFor(bytes));
    const second = patchWorkbook(first, await planFor(first));
    const one = await parts(first);
    const two = await parts(second);
    expect([...input].filter(([name, b]) => !mayChange.has(name) && !one.get(name)?.equals(b)).map(([name]) => name)).toEqual([]);
    expect(one.get("xl/vbaProject.bin")?.equals(vba)).toBe(true);
    expect([...two.keys()].sort()).toEqual([...one.keys()].sort());
    expect([...one].filter(([name, b]) => !two.get(name)?.equals(b)).map(([name]) => name)).toEqual([]);
  }, 120_000);

  it("rewrites output sheets in place: same names, order and sheet ids, new figures, recalculation on opening", async () => {
    const kentOnly = patchWorkbook(sample, await planFor(sample, ["Kent"]));
    const all = patchWorkbook(kentOnly, await planFor(kentOnly));
    const sheetsOf = async (b: Uint8Array) => ((await parts(b)).get("xl/workbook.xml")?.toString().match(/<sheet [^>]*>/g) ?? []).map((tag) => tag.replace(/ xmlns:r="[^"]*"/, ""));
    expect(await sheetsOf(all)).toEqual(await sheetsOf(kentOnly));
    expect((await parts(all)).get("xl/workbook.xml")?.toString()).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(all as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name).slice(-5)).toEqual(["Assessment", "Report", "Profile", "Trace", "Comments"]);
    const profile = wb.getWorksheet("Profile");
    expect(profile?.getCell("A2").value).toBe("Avon and Somerset");
    expect(new Set(profile?.getColumn(1).values.slice(2))).toContain("Wiltshire");
  });

  it("lists the new sheets in docProps/app.xml, as Excel shows them under File > Info, and a re-run lists them once", async () => {
    const once = patchWorkbook(sample, await planFor(sample, ["Kent"]));
    const twice = patchWorkbook(once, await planFor(once, ["Kent"]));
    const titles = async (b: Uint8Array) => {
      const app = (await parts(b)).get("docProps/app.xml")?.toString() ?? "";
      const names = [...(/<TitlesOfParts>([\s\S]*)<\/TitlesOfParts>/.exec(app)?.[1] ?? "").matchAll(/<vt:lpstr>([^<]*)<\/vt:lpstr>/g)].map((m) => m[1]);
      return { names, count: Number(/<vt:lpstr>Worksheets<\/vt:lpstr><\/vt:variant><vt:variant><vt:i4>(\d+)</.exec(app)?.[1]), size: Number(/<TitlesOfParts><vt:vector size="(\d+)"/.exec(app)?.[1]) };
    };
    const sheetNames = async (b: Uint8Array) => ((await parts(b)).get("xl/workbook.xml")?.toString().match(/<sheet [^>]*name="[^"]*"/g) ?? []).map((t) => /name="([^"]*)"/.exec(t)?.[1]);
    // The sample lists its 12 input sheets; the output adds Assessment, Report, Profile, Trace and Comments.
    expect((await titles(sample)).count).toBe(12);
    for (const b of [once, twice]) {
      const t = await titles(b);
      expect(t.names).toEqual(await sheetNames(b));
      expect(t.count).toBe(17);
      expect(t.size).toBe(17);
    }
  });

  it("writes text that looks like markup or has characters XML cannot hold as plain text", async () => {
    const plan: WritePlan = { replaceSheets: ["Report"], createSheets: [], writes: [], tables: [{ sheet: "Report", name: "Report", topLeft: "A1", columns: ["Text", "N"], rows: [["<b>&\"x\"</b>\u0001", 1.5], [{ error: "#N/A" }, true]] }] };
    const out = patchWorkbook(sample, plan);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(out as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("Report");
    expect(ws?.getCell("A2").value).toBe('<b>&"x"</b>');
    expect(ws?.getCell("B2").value).toBe(1.5);
    expect(ws?.getCell("A3").value).toEqual({ error: "#N/A" });
    expect(ws?.getCell("B3").value).toBe(true);
  });

  it("keeps spaces at either end of a text and its line breaks, and marks only text with spaces at an end xml:space=\"preserve\"", async () => {
    const texts = ["  indented", "trailing ", "first paragraph\n\nsecond paragraph", "\nafter a break", "plain"];
    const plan: WritePlan = { replaceSheets: ["Report"], createSheets: [], writes: [], tables: [{ sheet: "Report", name: "Report", topLeft: "A1", columns: ["Text"], rows: texts.map((t) => [t]) }] };
    const out = patchWorkbook(sample, plan);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(out as unknown as ArrayBuffer);
    expect(texts.map((_, i) => wb.getWorksheet("Report")?.getCell(`A${i + 2}`).value)).toEqual(texts);
    const read = snapshotFromBytes(out);
    expect(read.ok && read.value.tables.find((t) => t.table === "Report")?.rows.map((r) => r[0])).toEqual(texts);
    const sheets = [...(await parts(out))].filter(([name]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name)).map(([, xml]) => xml.toString());
    const report = sheets.find((xml) => xml.includes("first paragraph")) ?? "";
    expect(report.match(/<t xml:space="preserve">[^<]*<\/t>/g)).toEqual(['<t xml:space="preserve">  indented</t>', '<t xml:space="preserve">trailing </t>', '<t xml:space="preserve">\nafter a break</t>']);
    expect(report).toContain("<t>first paragraph\n\nsecond paragraph</t>");
  });
});
