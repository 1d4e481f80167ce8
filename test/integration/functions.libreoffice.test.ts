import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { customFunctions } from "../../src";
import { convert, CSV_EVERY_SHEET, libreOfficeProfile, missingProgram, soffice } from "./programs/programs";

// FUNNELLIMITS, ZSCORE, RATERATIO and POINTSGAP against LibreOffice Calc computing the same formulas
// with its own functions (NORMSINV, SQRT, EXP): the formulas are written below as an analyst would
// type them, LibreOffice recalculates them headless, and every value must agree to 1e-9.

const program = soffice();
const F = customFunctions as unknown as Record<string, (...a: unknown[]) => number[][]>;

// NORMSINV: LibreOffice reads NORM.S.INV in an .xlsx only with Excel's _xlfn. prefix; the two are the same function.
const z = (level: number) => `NORMSINV(1-(1-${level})/2)`;
// target, base, per, level, phi, kind: the robbery group (0.6722 per 1,000) at four populations, a
// homicide rate per million, and a survey's 60% and a detection rate of 25% as proportions.
const funnels = [
  [0.6722220083907471, 1684100, 1000, 0.95, 1, "rate"],
  [0.6722220083907471, 1574000, 1000, 0.998, 1, "rate"],
  [0.6722220083907471, 120000, 1000, 0.95, 2.5, "rate"],
  [12.3, 1127300, 1000000, 0.95, 1, "rate"],
  [60, 800, 100, 0.95, 1, "proportion"],
  [0.25, 400, 1, 0.998, 1.5, "proportion"],
] as const;
const funnelFormula = ([t, n, per, level, phi, kind]: (typeof funnels)[number], side: -1 | 1) => {
  const p = `(${t}/${per})`;
  const half = `${z(level)}*SQRT(${phi}*${kind === "rate" ? p : `${p}*(1-${p})`}/${n})`;
  return side < 0 ? `MAX(0,${p}-${half})*${per}` : kind === "rate" ? `(${p}+${half})*${per}` : `MIN(1,${p}+${half})*${per}`;
};
const perArgument = (per: number, kind: string) => (kind === "rate" ? per : per === 100 ? "satisfaction" : "proportion");
// count, base, target, per, phi, kind
const zScores = [
  [1015, 1684100, 0.6722220083907471, 1000, 1, "rate"],
  [1305, 1738000, 0.6722220083907471, 1000, 3, "rate"],
  [64, 800, 60, 100, 1, "proportion"],
] as const;
// count1, base1, count2, base2, level
const ratios = [
  [1015, 1684100, 3493, 5196200, 0.95],
  [7, 1127300, 2, 1127300, 0.9],
] as const;
// successes1, n1, successes2, n2, level (counts)
const gaps = [
  [56, 70, 48, 80, 0.95],
  [2497, 12822, 2100, 11000, 0.99],
] as const;
const wilson = (k: number, n: number, level: number) => {
  const p = `(${k}/${n})`;
  const zz = `${z(level)}^2`;
  const centre = `((${p}+${zz}/(2*${n}))/(1+${zz}/${n}))`;
  const half = `(${z(level)}*SQRT(${p}*(1-${p})/${n}+${zz}/(4*${n}^2))/(1+${zz}/${n}))`;
  return { p, lower: `(${centre}-${half})`, upper: `(${centre}+${half})` };
};

describe("the funnel and gap functions against LibreOffice's own functions", () => {
  if (missingProgram(program, "RA_REQUIRE_LIBREOFFICE", { needs: "needs LibreOffice (RA_REQUIRE_LIBREOFFICE=1)", skipped: "is skipped: soffice is not installed" }, "Skipped: soffice not found (apt-get install -y libreoffice-calc-nogui).")) return;

  it("agree to 1e-9 for every case", async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Checks");
    const ours: number[] = [];
    const add = (formula: string, value: number) => {
      sheet.addRow([{ formula }]);
      ours.push(value);
    };
    for (const c of funnels) {
      const [[lower, upper]] = F.FUNNELLIMITS!(c[0], c[1], perArgument(c[2], c[5]), c[3], c[4]) as [[number, number]];
      add(funnelFormula(c, -1), lower);
      add(funnelFormula(c, 1), upper);
    }
    for (const [k, n, t, per, phi, kind] of zScores) {
      const p = `(${t}/${per})`;
      const variance = kind === "rate" ? p : `${p}*(1-${p})`;
      // A survey's count is its percentage: the figure is k / 100, not k / n.
      const figure = kind === "rate" ? `${k}/${n}` : `${k}/${per}`;
      add(`(${figure}-${p})/SQRT(${phi}*${variance}/${n})`, F.ZSCORE!(k, n, t, kind === "rate" ? per : "satisfaction", phi)[0]![0]!);
    }
    for (const [a, m, b, n, level] of ratios) {
      const [[ratio, lower, upper]] = F.RATERATIO!(a, m, b, n, level) as [[number, number, number]];
      const r = `((${a}/${m})/(${b}/${n}))`;
      add(r, ratio);
      add(`${r}*EXP(-${z(level)}*SQRT(1/${a}+1/${b}))`, lower);
      add(`${r}*EXP(${z(level)}*SQRT(1/${a}+1/${b}))`, upper);
    }
    for (const [a, m, b, n, level] of gaps) {
      const [[gap, lower, upper]] = F.POINTSGAP!(a, m, b, n, null, level) as [[number, number, number]];
      const one = wilson(a, m, level);
      const two = wilson(b, n, level);
      const d = `(${one.p}-${two.p})`;
      add(`${d}*100`, gap);
      add(`(${d}-SQRT((${one.p}-${one.lower})^2+(${two.upper}-${two.p})^2))*100`, lower);
      add(`(${d}+SQRT((${one.upper}-${one.p})^2+(${two.p}-${two.lower})^2))*100`, upper);
    }
    // The additive spread (the assessment's default) with five forces of equal size, where Spiegelhalter's
    // moment equation has a closed form: s^2 + tau^2 c^2 = mean(d^2), so the limits are
    // target +/- z sqrt(SUMSQ(d) / 5), computed by LibreOffice from the figures themselves.
    const counts = [900, 1000, 1100, 1200, 800];
    const [[lower, upper]] = F.FUNNELLIMITS!(10, counts.map(() => [100000]), null, 0.95, "additive", counts.map((c) => [c])) as [[number, number]];
    const sumsq = `SUMSQ(${counts.map((c) => `${c}/100000-0.01`).join(",")})`;
    add(`(0.01-${z(0.95)}*SQRT(${sumsq}/5))*1000`, lower);
    add(`(0.01+${z(0.95)}*SQRT(${sumsq}/5))*1000`, upper);
    const dir = mkdtempSync(join(tmpdir(), "ra-lo-functions-"));
    const file = join(dir, "checks.xlsx");
    await book.xlsx.writeFile(file);
    convert(program, libreOfficeProfile(true), CSV_EVERY_SHEET, [file], dir);
    const calc = readFileSync(join(dir, "checks-Checks.csv"), "utf8").trim().split("\n").map(Number);
    expect(calc).toHaveLength(ours.length);
    const differ = ours.flatMap((v, i) => (Math.abs(v - calc[i]!) <= 1e-9 * Math.max(1, Math.abs(v)) ? [] : [`row ${i + 1}: ours ${v}, LibreOffice ${calc[i]}`]));
    expect(differ).toEqual([]);
  }, 240_000);
});
