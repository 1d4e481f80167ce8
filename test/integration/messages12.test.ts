/**
 * Messages that confused people (issue 12, item 6), made plain: each command advises the flag it
 * really has; `ra template --year 2008-09` writes a template its own checker accepts; names people use
 * for forces are accepted or suggested; an unwritable folder gets a plain message, never the system's
 * own with a temporary file's name.
 */
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { closestForceName, forceByAlias } from "../../src/engine/forces/names";
import { raInProcess as ra, root } from "./ra";

const sample = join(root, "assets", "national-sample.xlsx");
const work = mkdtempSync(join(tmpdir(), "ra-messages-"));

describe("each command advises the flag it has", () => {
  it.each([
    ["assess", "--overwrite", "--force", (out: string) => ["assess", sample, "--force", "Kent", "--out", out]],
    ["template", "--force", "--overwrite", (out: string) => ["template", out]],
    ["sample", "--force", "--overwrite", (out: string) => ["sample", out]],
  ] as const)("ra %s on an existing file says add %s (not %s)", async (command, flag, notFlag, args) => {
    const out = join(work, `${command}-exists.xlsx`);
    writeFileSync(out, "already here");
    const r = await ra(args(out));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`already exists. Choose another name, or add ${flag} to replace it.`);
    expect(r.stderr).not.toContain(`add ${notFlag}`);
  }, 60_000);

  it("ra publish on an existing folder says --force, its flag", async () => {
    const site = join(work, "site-exists");
    mkdirSync(site);
    const r = await ra(["publish", sample, "--out", site, "--drafts"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("add --force to replace it");
  });
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
