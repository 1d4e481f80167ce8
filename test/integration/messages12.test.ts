/**
 * Messages that confused people (issue 12, item 6), made plain: every command that writes a file or
 * a folder replaces it with one flag, --overwrite, and says so (`ra merge` advised --force, which it
 * does not have; for `ra assess` --force names a police force); `ra template --year 2008-09` writes a template its own checker accepts; names people use
 * for forces are accepted or suggested; an unwritable folder gets a plain message, never the system's
 * own with a temporary file's name.
 */
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { closestForceName, forceByAlias } from "../../src/engine/forces/names";
import { raInProcess as ra, root } from "./ra";

const sample = join(root, "assets", "national-sample.xlsx");
const work = mkdtempSync(join(tmpdir(), "ra-messages-"));

describe("every command that writes replaces with --overwrite, and says so", () => {
  const regional = join(work, "regional.xlsx");
  beforeAll(() => copyFileSync(sample, regional));

  it.each([
    ["assess", (out: string) => ["assess", sample, "--force", "Kent", "--out", out]],
    ["template", (out: string) => ["template", out]],
    ["sample", (out: string) => ["sample", out]],
    ["merge", (out: string) => ["merge", sample, regional, "--out", out]],
  ] as const)("ra %s on an existing file says add --overwrite, and --overwrite replaces it", async (command, args) => {
    const out = join(work, `${command}-exists.xlsx`);
    writeFileSync(out, "already here");
    const r = await ra(args(out));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("already exists. Choose another name, or add --overwrite to replace it.");
    expect(r.stderr).not.toContain("--force");
    expect(readFileSync(out, "utf8")).toBe("already here");
    expect((await ra([...args(out), "--overwrite"])).code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
  }, 120_000);

  it.each([
    ["publish", (out: string) => ["publish", sample, "--out", out, "--drafts"]],
    ["letters", (out: string) => ["letters", sample, "--out", out]],
  ] as const)("ra %s on an existing folder says add --overwrite, and not even --overwrite replaces a folder it did not write", async (command, args) => {
    const folder = join(work, `${command}-exists`);
    mkdirSync(folder);
    const r = await ra(args(folder));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Choose another folder, or add --overwrite to replace it.");
    expect(r.stderr).not.toContain("--force");
    writeFileSync(join(folder, "precious.txt"), "keep me");
    const again = await ra([...args(folder), "--overwrite"]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("so it is not replaced even with --overwrite");
    expect(readFileSync(join(folder, "precious.txt"), "utf8")).toBe("keep me");
  }, 60_000);

  it.each(["template", "sample"])("ra %s still takes --force, the flag scripts used before, as --overwrite (not listed in its help)", async (command) => {
    const out = join(work, `${command}-earlier-flag.xlsx`);
    writeFileSync(out, "already here");
    expect((await ra([command, out, "--force"])).code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
    const help = await ra([command, "--help"]);
    expect(help.stdout).toContain("--overwrite");
    expect(help.stdout).not.toContain("--force");
  }, 60_000);
});

describe("ra template --year", () => {
  const yearOf = async (file: string) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    let year: unknown;
    wb.getWorksheet("About")?.eachRow((row) => {
      if (row.getCell(1).value === "Assessment year") year = row.getCell(2).value;
    });
    return year;
  };

  it.each(["2008-09", "2008/2009", "2008-2009", " 2008/09 "])("reads %s as 2008/09, and its checker accepts the template", async (year) => {
    const file = join(work, `template-${year.trim().replace("/", "_")}.xlsx`);
    const r = await ra(["template", file, "--year", year]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("for the assessment year 2008/09");
    expect(await yearOf(file)).toBe("2008/09");
    expect((await ra(["check", file])).code).toBe(0);
  }, 60_000);

  it.each(["2008-10", "08/09", "2008"])("refuses %s with a plain message and writes nothing", async (year) => {
    const file = join(work, `template-bad-${year.replace("/", "_")}.xlsx`);
    const r = await ra(["template", file, "--year", year]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`--year ${year} is not a financial year.`);
    expect(r.stderr).toContain("such as --year 2008/09");
  });
});

// The 43 territorial police forces of England and Wales (Home Office list), as in the sample's Forces table.
const forces43 = [
  "Avon and Somerset", "Bedfordshire", "Cambridgeshire", "Cheshire", "City of London", "Cleveland", "Cumbria", "Derbyshire", "Devon and Cornwall", "Dorset",
  "Durham", "Dyfed-Powys", "Essex", "Gloucestershire", "Greater Manchester", "Gwent", "Hampshire", "Hertfordshire", "Humberside", "Kent", "Lancashire",
  "Leicestershire", "Lincolnshire", "Merseyside", "Metropolitan Police", "Norfolk", "North Wales", "North Yorkshire", "Northamptonshire", "Northumbria",
  "Nottinghamshire", "South Wales", "South Yorkshire", "Staffordshire", "Suffolk", "Surrey", "Sussex", "Thames Valley", "Warwickshire", "West Mercia",
  "West Midlands", "West Yorkshire", "Wiltshire",
];

describe("names people use for forces", () => {
  it.each([
    ["Met", "Metropolitan Police"],
    ["MPS", "Metropolitan Police"],
    ["the Met", "Metropolitan Police"],
    ["Metropolitan Police Service", "Metropolitan Police"],
    ["City", "City of London"],
    ["City of London Police", "City of London"],
    ["Avon & Somerset", "Avon and Somerset"],
    ["Devon & Cornwall", "Devon and Cornwall"],
    ["Dyfed Powys", "Dyfed-Powys"],
    ["Heddlu Dyfed-Powys", "Dyfed-Powys"],
    ["Heddlu Gwent", "Gwent"],
    ["Heddlu De Cymru", "South Wales"],
    ["Heddlu Gogledd Cymru", "North Wales"],
    ["Kent Police", "Kent"],
    ["Durham Constabulary", "Durham"],
    ["GMP", "Greater Manchester"],
  ])("%s is %s", (alias, force) => {
    expect(forceByAlias(alias, forces43)).toBe(force);
    expect(closestForceName(alias, forces43)).toBe(force);
  });

  it("suggests Metropolitan Police for Met, not Kent, and still corrects misspellings", () => {
    expect(closestForceName("Met", forces43)).not.toBe("Kent");
    expect(closestForceName("Kentt", forces43)).toBe("Kent");
    expect(forceByAlias("Wales", forces43)).toBeUndefined();
  });

  it("ra assess --force Met assesses the Metropolitan Police", async () => {
    const r = await ra(["assess", sample, "--force", "Met", "--out", join(work, "met.xlsx")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Metropolitan Police: /);
  }, 60_000);

  it("ra report --force 'Heddlu Gwent' reports on Gwent", async () => {
    const r = await ra(["report", sample, "--force", "Heddlu Gwent"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Gwent: rounded assessment 2008\/09/);
  }, 60_000);
});

describe("a folder that cannot be written", () => {
  it("gets a plain message, not the system's error with a temporary file's name", async () => {
    // As root, permissions do not stop a write, so a folder the kernel refuses to anyone (/sys) stands in.
    const asRoot = process.getuid?.() === 0;
    const folder = asRoot ? "/sys/kernel" : join(work, "read-only");
    if (!asRoot) {
      mkdirSync(folder);
      chmodSync(folder, 0o555);
    }
    const out = join(folder, "assessed.xlsx");
    const r = await ra(["assess", sample, "--force", "Kent", "--out", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`Could not write ${out}: you do not have permission to write in the folder ${folder}.`);
    expect(r.stderr).not.toMatch(/EACCES|\.tmp/);
    const t = await ra(["template", join(folder, "template.xlsx")]);
    expect(t.code).toBe(2);
    expect(t.stderr).toContain("you do not have permission to write in the folder");
  }, 60_000);
});
