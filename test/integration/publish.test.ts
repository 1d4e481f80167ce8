/**
 * `ra publish` end to end in this process: exit codes, the Final/--drafts rule on a workbook assessed
 * by `ra assess`, refusing to overwrite, and a failed write leaving nothing behind.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { dataSets } from "../../src/engine/catalogue/dataSets";
import { raInProcess } from "./ra";
import { writeSite } from "../../src/publish";

const root = join(__dirname, "..", "..");
const sample = join(root, "assets", "national-sample.xlsx");
const fixtures = join(root, "test", "fixtures");

const ra = raInProcess;

const PYTHON = "/usr/bin/python3";
const hasOpenpyxl = ((): boolean => {
  try {
    execFileSync(PYTHON, ["-c", "import openpyxl"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();
if (!hasOpenpyxl && process.env.RA_REQUIRE_PYTHON === "1") throw new Error(`RA_REQUIRE_PYTHON=1 but ${PYTHON} with openpyxl is not installed (apt-get install python3-openpyxl).`);
if (!hasOpenpyxl) console.log(`Skipping the check of the published CSV files against the Profile sheet: ${PYTHON} with openpyxl is not installed (apt-get install python3-openpyxl).`);

describe("ra publish", () => {
  const work = mkdtempSync(join(tmpdir(), "ra-publish-"));
  const site = join(work, "site");

  it("refuses a workbook with no Final report, unless --drafts", async () => {
    const r = await ra(["publish", sample, "--out", site]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("nothing to publish");
    expect(r.stderr).toContain("--drafts");
    expect(existsSync(site)).toBe(false);
  });

  it("with --drafts writes every force, marked DRAFT and illustrative, and leaves no temporary folder", async () => {
    const r = await ra(["publish", sample, "--out", site, "--drafts"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("43 force pages");
    const files = readdirSync(site);
    expect(files.filter((f) => f.startsWith("force-"))).toHaveLength(43);
    expect(files).toEqual(expect.arrayContaining(["index.html", "summary.html", "methods.html", "style.css", "search.js", ".ra-publish"]));
    for (const f of files.filter((x) => x.endsWith(".html"))) {
      const page = readFileSync(join(site, f), "utf8");
      expect(page).toContain("DRAFT: not for publication.");
      expect(page).toContain("Illustrative data:");
    }
    expect(readdirSync(work)).toEqual(["site"]);
  }, 30_000);

  it("refuses to overwrite the site without --overwrite, and replaces it with --overwrite", async () => {
    const marker = join(site, "kept.txt");
    writeFileSync(marker, "from before");
    const refused = await ra(["publish", sample, "--out", site, "--drafts"]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("--overwrite");
    expect(existsSync(marker)).toBe(true);
    const replaced = await ra(["publish", sample, "--out", site, "--drafts", "--overwrite"]);
    expect(replaced.code).toBe(0);
    expect(existsSync(marker)).toBe(false);
    expect(readdirSync(work)).toEqual(["site"]);
  }, 30_000);

  it("never replaces a folder it did not write, even with --overwrite", async () => {
    const other = join(work, "other");
    mkdirSync(other);
    writeFileSync(join(other, "precious.txt"), "keep me");
    const r = await ra(["publish", sample, "--out", other, "--drafts", "--overwrite"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("did not write");
    expect(readFileSync(join(other, "precious.txt"), "utf8")).toBe("keep me");
  });

  it.each([
    ["no --out", ["publish", sample], 2, "--out"],
    ["a missing parent folder", ["publish", sample, "--out", join(tmpdir(), "no-such-folder-ra", "site")], 2, "does not exist"],
    ["a file that is not a workbook", ["publish", join(fixtures, "unreadable.not-a-workbook.xlsx"), "--out", join(tmpdir(), "ra-never-written")], 2, ""],
    ["a workbook with errors", ["publish", join(fixtures, "error.bad-year.xlsx"), "--out", join(tmpdir(), "ra-never-written"), "--drafts"], 1, "1 error stops publishing"],
  ])("exits with a plain message for %s", async (_name, args, code, words) => {
    const r = await ra(args);
    expect(r.code).toBe(code);
    expect(r.stderr).toContain(words);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(tmpdir(), "ra-never-written"))).toBe(false);
  });

  it("publishes only the forces whose reports are Final in an assessed workbook", async () => {
    const assessed = join(work, "assessed.xlsx");
    expect((await ra(["assess", sample, "--all", "--out", assessed])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(assessed);
    const sheet = wb.getWorksheet("Assessment");
    const header = (sheet?.getRow(1).values ?? []) as unknown[];
    const forceColumn = header.indexOf("Force");
    const statusColumn = header.indexOf("Status");
    sheet?.eachRow((row, n) => {
      if (n > 1 && row.getCell(forceColumn).value === "Kent") row.getCell(statusColumn).value = "Final";
    });
    await wb.xlsx.writeFile(assessed);
    const out = join(work, "final-site");
    const r = await ra(["publish", assessed, "--out", out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("42 forces were left out");
    expect(readdirSync(out).filter((f) => f.startsWith("force-"))).toEqual(["force-kent.html"]);
    expect(readFileSync(join(out, "force-kent.html"), "utf8")).not.toContain("DRAFT");

    // The CSV files read back by Python's csv module give the figures of the Profile sheet, read by openpyxl.
    if (!hasOpenpyxl) return;
    const ids = JSON.stringify(Object.fromEntries(dataSets.map((d) => [d.id, d.name])));
    const script = join(__dirname, "python", "csv_vs_profile.py");
    const report = JSON.parse(execFileSync(PYTHON, [script, assessed, out, "Kent", "kent", ids], { encoding: "utf8" })) as { checked: number; tables: number; problems: string[]; robberyByHand: number };
    expect(report.problems).toEqual([]);
    expect(report.robberyByHand).toBeGreaterThan(0);
    expect(report.checked).toBe(dataSets.length);
    expect(report.tables).toBe(dataSets.length);
  }, 60_000);

  it("leaves nothing behind when a write fails part way", async () => {
    const target = join(work, "broken");
    await expect(writeSite(target, [{ path: "index.html", content: "ok" }, { path: "bad\0name.html", content: "fails" }], false)).rejects.toThrow();
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(work).filter((f) => f.includes("broken"))).toEqual([]);
  });
});
