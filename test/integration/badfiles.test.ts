import ExcelJS from "exceljs";
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildLibrary, root, run, sha } from "./ra";

// Damaged and awkward workbooks through every command that reads one: each gives a plain message and
// the documented exit code (2 unreadable, 1 findings, 0 fine), never a stack trace, and leaves no
// half-written output behind.
const work = mkdtempSync(join(tmpdir(), "ra-bad-"));
const sample = join(root, "assets", "national-sample.xlsx");

async function variant(name: string, change: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(sample);
  change(wb);
  const file = join(work, name);
  await wb.xlsx.writeFile(file);
  return file;
}

const files: Record<string, string> = {};

beforeAll(async () => {
  buildLibrary();
  files.csv = join(work, "renamed-csv.xlsx");
  writeFileSync(files.csv, "Force,Year,Data set id\nKent,2008/09,robbery\n");
  files.merged = await variant("merged.xlsx", (wb) => wb.getWorksheet("Data")!.mergeCells("D2:E3"));
  files.hidden = await variant("hidden.xlsx", (wb) => {
    wb.getWorksheet("Data")!.state = "hidden";
    wb.getWorksheet("Finance")!.state = "veryHidden";
  });
  files.tall = await variant("tall.xlsx", (wb) => {
    wb.getWorksheet("Data")!.getCell("A1048576").value = "Kent";
  });
}, 180_000);

const commands = (file: string, tag: string) => [
  ["check", file],
  ["assess", file, "--all", "--out", join(work, `${tag}-assessed.xlsx`)],
  ["publish", file, "--out", join(work, `${tag}-site`), "--drafts"],
];

describe.each([
  ["a CSV file renamed to .xlsx", "csv", [2, 2, 2], "is not an Excel workbook"],
  ["cells merged across the Data table", "merged", [1, 1, 1], "merged-cells"],
  ["hidden and very hidden input sheets", "hidden", [0, 0, 0], "sheet-hidden"],
  ["a value in the last row of the sheet, 1,048,576", "tall", [0, 0, 0], "cell-outside-table"],
] as const)("a workbook with %s", (_what, key, codes, said) => {
  it(`ra check says what is wrong (${said})`, async () => {
    const r = await run(["check", files[key]!]);
    expect(`${r.stdout}${r.stderr}`).toContain(said);
  });

  it.each(commands("", key).map((c, i) => [c[0], i] as const))("ra %s gives a plain answer and the expected exit code", async (_command, index) => {
    const file = files[key]!;
    const args = commands(file, key)[index]!;
    const before = sha(file);
    const r = await run(args);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
    expect(r.code).toBe(codes[index]);
    expect(sha(file)).toBe(before);
    if (r.code !== 0) expect(`${r.stdout}${r.stderr}`).toMatch(/[A-Z][a-z]+ .*\./);
    if (args[0] === "assess" && r.code !== 0) expect(existsSync(args[4]!)).toBe(false);
    if (args[0] === "publish" && r.code !== 0) expect(existsSync(args[3]!)).toBe(false);
    // Nothing half-written is left beside the outputs.
    expect(readdirSync(work).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  }, 120_000);
});
