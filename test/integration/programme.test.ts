/**
 * The programme end to end, in this process: the national sample assessed, two regional copies made
 * by editing copies of it (South East and Wales, each editing its own forces, both editing Essex),
 * merged, re-merged, counted by `ra status`, and written to forces as letters that LibreOffice Writer
 * opens. Expected values are read from the workbooks with ExcelJS (not through the code under test)
 * or worked out by hand in the comments.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { decisionKey, readDecisions } from "../../src/engine/assessment";
import { findTable } from "../../src/engine/workbook";
import { readSnapshot } from "../../src/xlsx";
import { missingProgram, soffice as findSoffice } from "./programs/programs";
import { sha } from "./ra";
import { raInProcess as raHere } from "./ra";

const root = join(__dirname, "..", "..");
const sample = join(root, "assets", "national-sample.xlsx");
const fixtures = join(root, "test", "fixtures");
const LCP = "Local Crime and Policing";
const PSH = "Protection from Serious Harm";
const CS = "Confidence and Satisfaction";

const ra = raHere;

type Row = Record<string, ExcelJS.CellValue>;

/** A sheet's table as rows by header, with each row's sheet row number, read with ExcelJS. */
async function rowsOf(file: string, sheet: string): Promise<(Row & { _row: number })[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`No sheet ${sheet} in ${file}`);
  const header = (ws.getRow(1).values as ExcelJS.CellValue[]).map((v) => String(v ?? ""));
  const out: (Row & { _row: number })[] = [];
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const r: Row & { _row: number } = { _row: n };
    header.forEach((h, c) => {
      if (h) r[h] = row.getCell(c).value;
    });
    out.push(r);
  });
  return out;
}

interface Edit {
  readonly sheet: string;
  readonly where: (r: Row) => boolean;
  readonly set: Row;
  /** Only the first matching row. */
  readonly first?: boolean;
}

/** A copy of `from` with cells edited, as a regional team would edit its copy. */
async function editedCopy(from: string, to: string, edits: readonly Edit[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(from);
  for (const e of edits) {
    const ws = wb.getWorksheet(e.sheet);
    if (!ws) throw new Error(`No sheet ${e.sheet}`);
    const header = (ws.getRow(1).values as ExcelJS.CellValue[]).map((v) => String(v ?? ""));
    let done = false;
    ws.eachRow((row, n) => {
      if (n === 1 || done) return;
      const r: Row = {};
      header.forEach((h, c) => h && (r[h] = row.getCell(c).value));
      if (!e.where(r)) return;
      for (const [column, value] of Object.entries(e.set)) row.getCell(header.indexOf(column)).value = value;
      if (e.first) done = true;
    });
  }
  await wb.xlsx.writeFile(to);
}

const decision = (force: string, domain: string, set: Row): Edit => ({ sheet: "Assessment", where: (r) => r.Force === force && r.Domain === domain, set });

describe("the programme: regional copies merged, progress counted, letters written", () => {
  const work = mkdtempSync(join(tmpdir(), "ra-programme-"));
  const national = join(work, "national.xlsx");
  const southEast = join(work, "south-east.xlsx");
  const wales = join(work, "wales.xlsx");
  const merged = join(work, "merged.xlsx");
  const remerged = join(work, "remerged.xlsx");
  const hashes = new Map<string, string>();

  beforeAll(async () => {
    expect((await ra(["assess", sample, "--all", "--out", national])).code).toBe(0);
    await editedCopy(national, southEast, [
      ...[LCP, PSH, CS].map((d) => decision("Kent", d, { Assessor: "R. Hale", Date: "2009-06-30", Status: "Shared for comment" })),
      decision("Surrey", LCP, { "Final grade": "Excellent", "Override reason": "Strong improvement in the last quarter" }),
      decision("Essex", LCP, { Status: "Final" }),
      decision("Essex", PSH, { Assessor: "J. Smith" }),
      { sheet: "Actions", where: (r) => r.Force === "Kent", set: { Owner: "ACC Operations" }, first: true },
    ]);
    await editedCopy(national, wales, [
      ...[LCP, PSH, CS].map((d) => decision("Dyfed-Powys", d, { Assessor: "G. Jones", Date: "2009-07-02", Status: "Final" })),
      decision("Essex", LCP, { Status: "Shared for comment" }),
      decision("Essex", PSH, { Assessor: "J. Smith" }),
      // A person's decision at the lowest grade, so that an open letter is due whatever the method recommends.
      decision("Gwent", LCP, { "Final grade": "Poor", "Override reason": "The 2008 inspection judged neighbourhood policing Poor" }),
      { sheet: "Data", where: (r) => r.Force === "Dyfed-Powys" && r.Year === "2008/09", set: { Numerator: 12345 }, first: true },
    ]);
    for (const f of [national, southEast, wales]) hashes.set(f, sha(f));
  }, 600_000);

  it("refuses to write while one row is changed in both copies in different ways, naming both cells", async () => {
    const essexRow = (await rowsOf(national, "Assessment")).find((r) => r.Force === "Essex" && r.Domain === LCP)?._row;
    const r = await ra(["merge", national, southEast, wales, "--out", merged]);
    expect(r.code).toBe(1);
    const conflicts = r.stderr.split("\n").filter((l) => l.startsWith("Conflict:"));
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toContain(`"Final" in ${southEast} (cell H${essexRow})`);
    expect(conflicts[0]).toContain(`"Shared for comment" in ${wales} (cell H${essexRow})`);
    expect(r.stderr).toContain("Nothing was written");
    expect(existsSync(merged)).toBe(false);
    expect(readdirSync(work).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  }, 300_000);

  it("with --prefer gives every decision of both copies, keeps the national figures and the other sheets", async () => {
    const r = await ra(["merge", national, southEast, wales, "--out", merged, "--prefer", wales]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`${wales}: 1 row of Data differ from the national workbook's`);
    const out = await readSnapshot(merged);
    if (!out.ok) throw new Error("merged workbook unreadable");
    const d = readDecisions(out.value);
    for (const domain of [LCP, PSH, CS]) {
      expect(d.get(decisionKey("Kent", domain))).toMatchObject({ assessor: "R. Hale", date: "2009-06-30", status: "Shared for comment" });
      expect(d.get(decisionKey("Dyfed-Powys", domain))).toMatchObject({ assessor: "G. Jones", date: "2009-07-02", status: "Final" });
    }
    expect(d.get(decisionKey("Surrey", LCP))).toMatchObject({ finalGrade: "Excellent", reason: "Strong improvement in the last quarter", status: "Draft" });
    expect(d.get(decisionKey("Essex", LCP))?.status).toBe("Shared for comment");
    expect(d.get(decisionKey("Essex", PSH))?.assessor).toBe("J. Smith");
    expect(d.get(decisionKey("Gwent", LCP))).toMatchObject({ finalGrade: "Poor", status: "Draft" });
    // Nothing else changed: leaving out Kent (3 rows), Dyfed-Powys (3), Surrey LCP (1), Gwent LCP (1) and Essex (3), the other 129 - 11 = 118 rows are as in the national workbook.
    const before = await rowsOf(national, "Assessment");
    const after = await rowsOf(merged, "Assessment");
    const edited = new Set(["Kent", "Dyfed-Powys"]);
    const same = after.filter((a, i) => !edited.has(String(a.Force)) && !(a.Force === "Surrey" && a.Domain === LCP) && !(a.Force === "Gwent" && a.Domain === LCP) && a.Force !== "Essex" && JSON.stringify(a) === JSON.stringify(before[i]));
    expect(same).toHaveLength(118);
    expect((await rowsOf(merged, "Actions")).find((a) => a.Force === "Kent")?.Owner).toBe("ACC Operations");
    // Figures come from the national workbook, never from a copy.
    expect(JSON.stringify(await rowsOf(merged, "Data"))).toBe(JSON.stringify(await rowsOf(national, "Data")));
    for (const sheet of ["Report", "Profile", "Trace", "Forces", "Evidence"]) expect(JSON.stringify(await rowsOf(merged, sheet))).toBe(JSON.stringify(await rowsOf(national, sheet)));
    for (const [f, h] of hashes) expect(sha(f)).toBe(h);
  }, 300_000);

  it("is idempotent: merging the same copies again changes nothing, with no conflict", async () => {
    const r = await ra(["merge", merged, southEast, wales, "--out", remerged]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("No copy has changed anything since it was last merged.");
    const a = await readSnapshot(merged);
    const b = await readSnapshot(remerged);
    if (!a.ok || !b.ok) throw new Error("unreadable");
    for (const t of a.value.tables) expect(findTable(b.value, t.sheet)?.rows).toEqual(t.rows);
    expect(b.value.tables.map((t) => t.sheet).sort()).toEqual(a.value.tables.map((t) => t.sheet).sort());
  }, 300_000);

  it("refuses a copy that is not a template (exit 1) or not a workbook (exit 2), naming the file", async () => {
    const notTemplate = join(fixtures, "error.missing-sheet.xlsx");
    const one = await ra(["merge", national, notTemplate, "--out", join(work, "x.xlsx")]);
    expect(one.code).toBe(1);
    expect(one.stderr).toContain(`${notTemplate} cannot be merged`);
    const notBook = join(fixtures, "unreadable.not-a-workbook.xlsx");
    const two = await ra(["merge", national, notBook, "--out", join(work, "x.xlsx")]);
    expect(two.code).toBe(2);
    expect(two.stderr).toContain(notBook);
    expect(existsSync(join(work, "x.xlsx"))).toBe(false);
    const prefer = await ra(["merge", national, southEast, "--out", join(work, "x.xlsx"), "--prefer", wales]);
    expect(prefer.code).toBe(2);
    expect(prefer.stderr).toContain("is not one of the regional copies");
  }, 300_000);

  /** Forces per region, from the Forces sheet read with ExcelJS. */
  async function regions(file: string): Promise<Map<string, Set<string>>> {
    const out = new Map<string, Set<string>>();
    for (const r of await rowsOf(file, "Forces")) out.set(String(r.Region), (out.get(String(r.Region)) ?? new Set()).add(String(r.Force)));
    return out;
  }

  it("ra status counts the sample by region: every report not yet assessed", async () => {
    const r = await ra(["status", sample, "--json"]);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout) as { regions: { region: string; totals: { forces: number; byStatus: Record<string, number> } }[]; national: { forces: number; byStatus: Record<string, number> } };
    const expected = await regions(sample);
    expect(s.regions.map((x) => x.region).sort()).toEqual([...expected.keys()].sort());
    for (const x of s.regions) {
      const n = expected.get(x.region)?.size ?? 0;
      expect(x.totals.forces).toBe(n);
      expect(x.totals.byStatus).toEqual({ "Not assessed": 3 * n, Draft: 0, "Shared for comment": 0, Final: 0 });
    }
    expect(s.national.forces).toBe(43);
  }, 300_000);

  it("ra status counts the merged workbook by region", async () => {
    const r = await ra(["status", merged, "--json"]);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout) as { regions: { region: string; totals: { forces: number; forcesReady: number; byStatus: Record<string, number> } }[]; national: { forcesReady: number; byStatus: Record<string, number> } };
    const expected = await regions(merged);
    const regionOf = (force: string) => [...expected].find(([, forces]) => forces.has(force))?.[0];
    // By hand: Kent (South East) 3 Shared for comment; Essex (East) LCP Shared for comment; Dyfed-Powys (Wales) 3 Final; all else Draft.
    const special: Record<string, Record<string, number>> = {};
    const add = (force: string, status: string, n: number) => {
      const region = regionOf(force) as string;
      special[region] = { ...(special[region] ?? {}), [status]: (special[region]?.[status] ?? 0) + n };
    };
    add("Kent", "Shared for comment", 3);
    add("Essex", "Shared for comment", 1);
    add("Dyfed-Powys", "Final", 3);
    for (const x of s.regions) {
      const n = 3 * (expected.get(x.region)?.size ?? 0);
      const shared = special[x.region]?.["Shared for comment"] ?? 0;
      const final = special[x.region]?.Final ?? 0;
      expect(x.totals.byStatus).toEqual({ "Not assessed": 0, Draft: n - shared - final, "Shared for comment": shared, Final: final });
      expect(x.totals.forcesReady).toBe(x.region === regionOf("Dyfed-Powys") ? 1 : 0);
    }
    expect(s.national.byStatus).toEqual({ "Not assessed": 0, Draft: 129 - 4 - 3, "Shared for comment": 4, Final: 3 });
    const text = await ra(["status", merged]);
    expect(text.stdout).toContain("England and Wales");
    expect(text.stdout).toContain("What stops publication (42 of 43 forces)");
  }, 300_000);

  describe("ra letters", () => {
    const letters = join(work, "letters");

    it("writes 43 feedback letters and an open letter for each force with a domain at the lowest grade", async () => {
      const r = await ra(["letters", merged, "--out", letters, "--due", "31 July 2009"]);
      expect(r.code).toBe(0);
      expect(r.stderr).not.toContain("reads harder");
      const files = readdirSync(letters);
      expect(files.filter((f) => f.startsWith("feedback-") && f.endsWith(".docx"))).toHaveLength(43);
      // Independently: forces whose shown grade (final, else recommended) is Poor, the Scale's last grade.
      const poor = new Set((await rowsOf(merged, "Assessment")).filter((a) => (a["Final grade"] ?? a["Recommended grade"]) === "Poor").map((a) => String(a.Force)));
      const slug = (f: string) => f.toLowerCase().replace(/[^a-z0-9]+/g, "-");
      expect(poor.size).toBeGreaterThan(0);
      expect(files.filter((f) => f.startsWith("open-letter-")).sort()).toEqual([...poor].map((f) => `open-letter-${slug(f)}.docx`).sort());
      expect(r.stderr).toContain("placeholder for the chief constable's name");
      expect(r.stderr).not.toContain("date comments are due");
    }, 600_000);

    it("writes A4 Word documents in en-GB with real headings and header rows", () => {
      const unzip = (file: string, part: string) => execFileSync("unzip", ["-p", join(letters, file), part], { encoding: "utf8" });
      for (const file of ["feedback-kent.docx", readdirSync(letters).find((f) => f.startsWith("open-letter-")) as string]) {
        expect(unzip(file, "word/styles.xml")).toMatch(/<w:lang w:val="en-GB"/);
        const doc = unzip(file, "word/document.xml");
        expect(doc).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
        expect(doc).toContain('<w:pStyle w:val="Heading1"/>');
        expect(doc).toContain('<w:pStyle w:val="Heading2"/>');
        expect(doc).toContain("<w:tblHeader/>");
      }
    });

    describe("--previous and --report-again", () => {
      const current = join(work, "kent-now.xlsx");
      const fellFrom = join(work, "kent-before-excellent.xlsx");
      const oneDown = join(work, "kent-before-good.xlsx");
      /** The text of a letter's paragraphs, read from the .docx itself (word/document.xml, tags removed). */
      const docText = (file: string) => execFileSync("unzip", ["-p", file, "word/document.xml"], { encoding: "utf8" }).replace(/<\/w:p>/g, "\n").replace(/<[^>]+>/g, "");
      const kentGrades = (lcp: string) => [
        decision("Kent", LCP, { "Final grade": lcp, "Override reason": "Set for this test", Assessor: "R. Hale", Date: "2009-06-30" }),
        decision("Kent", PSH, { "Final grade": "Good", "Override reason": "Set for this test" }),
        decision("Kent", CS, { "Final grade": "Good", "Override reason": "Set for this test" }),
      ];

      beforeAll(async () => {
        // Kent now: Fair for Local Crime and Policing, decided by R. Hale; Good elsewhere (nothing at the lowest grade).
        await editedCopy(merged, current, kentGrades("Fair"));
        // A year before: Excellent (Excellent to Fair is two places down the Scale: Excellent, Good, Fair, Poor).
        await editedCopy(merged, fellFrom, kentGrades("Excellent"));
        // Or Good: one place down, which needs no open letter.
        await editedCopy(merged, oneDown, kentGrades("Good"));
      }, 300_000);

      it("writes an open letter for a domain that fell two grades since the previous workbook, saying who decided and when we report again", async () => {
        const out = join(work, "letters-fell");
        const r = await ra(["letters", current, "--out", out, "--force", "Kent", "--previous", fellFrom, "--report-again", "31 March 2010"]);
        expect(r.code).toBe(0);
        expect(readdirSync(out).filter((f) => f.endsWith(".docx")).sort()).toEqual(["feedback-kent.docx", "open-letter-kent.docx"]);
        const text = docText(join(out, "open-letter-kent.docx"));
        expect(text).toContain(`${LCP}: Fair. Last time it was Excellent. It fell by two grades or more.`);
        expect(text).toContain(`Why: ${LCP}`);
        expect(text).toMatch(/R\. Hale decided on the grade Fair on 2009-06-30\. Our method gave (Excellent|Good|Poor)\. The reason for the change: Set for this test\./);
        expect(text).not.toContain("We recommend");
        expect(text).toContain("report by 31 March 2010");
        expect(text).not.toContain(PSH + ": Good. Last time");
      }, 300_000);

      it("writes no open letter for a fall of one grade, and says 'within six months' without --report-again", async () => {
        const out = join(work, "letters-one-down");
        const r = await ra(["letters", current, "--out", out, "--force", "Kent", "--previous", oneDown]);
        expect(r.code).toBe(0);
        expect(readdirSync(out).filter((f) => f.endsWith(".docx"))).toEqual(["feedback-kent.docx"]);
        const out2 = join(work, "letters-no-date");
        expect((await ra(["letters", current, "--out", out2, "--force", "Kent", "--previous", fellFrom])).code).toBe(0);
        expect(docText(join(out2, "open-letter-kent.docx"))).toContain("report within six months of this letter");
      }, 300_000);

      it("refuses a --previous file it cannot read (exit 2), writing nothing", async () => {
        const bad = join(work, "previous.xlsx");
        writeFileSync(bad, "not a workbook");
        const out = join(work, "letters-bad-previous");
        const r = await ra(["letters", current, "--out", out, "--force", "Kent", "--previous", bad]);
        expect(r.code).toBe(2);
        expect(r.stderr).toContain("previous.xlsx");
        expect(existsSync(out)).toBe(false);
      }, 300_000);
    });

    const soffice = findSoffice();
    if (missingProgram(soffice, "RA_REQUIRE_LIBREOFFICE", { needs: "needs LibreOffice Writer (RA_REQUIRE_LIBREOFFICE=1)", skipped: "is skipped in LibreOffice: soffice is not installed" }, "Skipped: soffice not found (apt-get install -y libreoffice-writer-nogui).")) return;

    it("each kind opens in LibreOffice Writer, and its text carries the force's grades and figures; PDF and PNG saved", async () => {
      const dir = mkdtempSync(join(tmpdir(), "ra-letters-lo-"));
      const open = readdirSync(letters).find((f) => f.startsWith("open-letter-")) as string;
      const chosen = ["feedback-kent.docx", "feedback-dyfed-powys.docx", open].map((f) => join(letters, f));
      const profile = `-env:UserInstallation=file://${join(dir, "profile")}`;
      execFileSync(soffice, [profile, "--headless", "--convert-to", "pdf", "--outdir", dir, ...chosen], { timeout: 600_000, stdio: "pipe" });
      execFileSync(soffice, [profile, "--headless", "--convert-to", "txt:Text (encoded):UTF8", "--outdir", dir, ...chosen], { timeout: 600_000, stdio: "pipe" });
      const text = (f: string) => readFileSync(join(dir, f.replace(/\.docx$/, ".txt")), "utf8");
      const assessment = await rowsOf(merged, "Assessment");
      const shown = (force: string, domain: string) => {
        const a = assessment.find((x) => x.Force === force && x.Domain === domain);
        return String(a?.["Final grade"] ?? a?.["Recommended grade"]);
      };

      const kent = text("feedback-kent.docx");
      expect(kent).toContain("feedback to Kent");
      for (const d of [LCP, PSH, CS]) expect(kent).toContain(`${d}: ${shown("Kent", d)}.`);
      // Kent's robbery rate, by hand: 1,015 robberies (HMIC 2012, 2008/09) / 1,660.1 thousand people (HMIC 2010 funding sheet, 2008-09) = 0.611 per 1,000.
      expect(kent).toMatch(/Robbery \(per 1,000 population\)\s+0\.61\s/);
      expect(kent).toContain("ACC Operations");
      expect(kent).toContain("by 31 July 2009");
      expect(kent).toContain("DRAFT");

      const dyfed = text("feedback-dyfed-powys.docx");
      for (const d of [LCP, PSH, CS]) expect(dyfed).toContain(`${d}: ${shown("Dyfed-Powys", d)}.`);
      expect(dyfed).not.toContain("DRAFT");

      const force = String(assessment.find((a) => `open-letter-${String(a.Force).toLowerCase().replace(/[^a-z0-9]+/g, "-")}.docx` === open)?.Force);
      const openText = text(open);
      expect(openText).toContain(`Open letter to ${force}`);
      expect(openText).toContain("For publication");
      const poorDomains = [LCP, PSH, CS].filter((d) => shown(force, d) === "Poor");
      for (const d of poorDomains) expect(openText).toContain(`${d}: Poor. This is the lowest grade.`);
      expect(openText).toContain("When we will report again");

      const results = join(root, "test-results", "letters");
      mkdirSync(results, { recursive: true });
      for (const [from, name] of [
        ["feedback-kent", "feedback-letter"],
        [open.replace(/\.docx$/, ""), "open-letter"],
      ] as const) {
        const pdf = join(dir, `${from}.pdf`);
        expect(readFileSync(pdf).subarray(0, 5).toString()).toBe("%PDF-");
        copyFileSync(pdf, join(results, `${name}.pdf`));
        execFileSync("pdftoppm", ["-png", "-r", "70", "-f", "1", "-l", "1", "-singlefile", pdf, join(results, name)], { timeout: 60_000 });
        expect(existsSync(join(results, `${name}.png`))).toBe(true);
        // A4 is 595 x 842 points.
        expect(execFileSync("pdfinfo", [pdf], { encoding: "utf8" })).toMatch(/Page size:\s+595\.\d* x 841\.\d*|Page size:\s+595\.\d* x 842/);
      }
    }, 900_000);

    it("says plainly when a force is not assessed or unknown", async () => {
      const notAssessed = await ra(["letters", sample, "--out", join(work, "none"), "--force", "Kent"]);
      expect(notAssessed.code).toBe(1);
      expect(notAssessed.stderr).toContain("There is no assessment of Kent in the Assessment sheet");
      const unknown = await ra(["letters", merged, "--out", join(work, "none"), "--force", "Kentt"]);
      expect(unknown.code).toBe(1);
      expect(unknown.stderr).toContain("Did you mean Kent?");
      expect(existsSync(join(work, "none"))).toBe(false);
    }, 300_000);
  });
});
