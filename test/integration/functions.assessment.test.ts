import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { customFunctions } from "../../src";
import { assessForce, forcesOf, readInputs, readSettings, type ForceAssessment } from "../../src/engine/assessment";
import { dataSets } from "../../src/engine/catalogue/dataSets";
import { snapshotOf } from "../../src/xlsx";
import { buildLibrary, run } from "./ra";

// Every function against the sheets the real `ra assess` writes (Profile, Trace, Assessment), read back
// from the file, for all 43 forces of the national sample and every data set, with the tables passed
// as Excel passes a Table's body: rows of cells, an empty cell as 0.

type Cell = string | number | boolean;
const F = customFunctions as unknown as Record<string, (...a: unknown[]) => unknown>;
const call = (name: string, ...args: unknown[]): unknown => {
  try {
    return F[name]!(...args);
  } catch (error) {
    return `${(error as { code?: string }).code}: ${(error as { message?: string }).message}`;
  }
};

/** The one value of a one-cell spill (MSGAVERAGE, MSGRANK and MSGPOSITION give one row per force). */
const one = (r: unknown) => (Array.isArray(r) && r.length === 1 && Array.isArray(r[0]) && r[0].length === 1 ? (r[0] as unknown[])[0] : r);
/** A figure as the Profile sheet holds it: rounded to 4 decimals. */
const four = (v: unknown) => (typeof v === "number" ? Number(v.toFixed(4)) : v);

const work = mkdtempSync(join(tmpdir(), "ra-functions-"));
const sample = join(__dirname, "../../assets/national-sample.xlsx");
const tables: Record<string, Cell[][]> = {};
let assessed: ForceAssessment[] = [];
let rulesByInterval: Cell[][] = [];
const year = "2008/09";

type SheetRow = Record<string, Cell | null>;
/** The Profile, Trace and Assessment sheets of a written workbook, read back row by row under their headings. */
interface Written {
  readonly profile: ReadonlyMap<string, SheetRow>;
  readonly trace: readonly SheetRow[];
  readonly assessment: readonly SheetRow[];
}
let written: Written;
let writtenByInterval: Written;

async function sheetRows(book: ExcelJS.Workbook, name: string): Promise<SheetRow[]> {
  const ws = book.getWorksheet(name)!;
  const headings = (ws.getRow(1).values as unknown[]).slice(1).map(String);
  const rows: SheetRow[] = [];
  ws.eachRow((row, r) => {
    if (r === 1) return;
    const entry: SheetRow = {};
    headings.forEach((h, i) => {
      const v = row.getCell(i + 1).value;
      entry[h] = v === undefined ? null : (v as Cell | null);
    });
    rows.push(entry);
  });
  return rows;
}

/** Runs `ra assess --all` on a workbook into the temporary folder and reads its sheets back. */
async function assessAndRead(input: string, out: string): Promise<Written> {
  const ran = await run(["assess", input, "--all", "--out", out, "--overwrite"]);
  if (ran.code !== 0) throw new Error(`ra assess exited ${ran.code}: ${ran.stderr}`);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(out);
  const profile = new Map((await sheetRows(book, "Profile")).map((r) => [`${String(r.Force)}|${String(r["Data set"])}`, r]));
  return { profile, trace: await sheetRows(book, "Trace"), assessment: await sheetRows(book, "Assessment") };
}

beforeAll(async () => {
  buildLibrary();
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(sample);
  for (const sheet of ["MSG", "Data", "Forces", "Finance", "Survey", "Rules", "Evidence"]) {
    const rows: Cell[][] = [];
    const ws = book.getWorksheet(sheet)!;
    const width = ws.getRow(1).cellCount;
    ws.eachRow((row, r) => {
      if (r === 1) return;
      const cells: Cell[] = [];
      for (let c = 1; c <= width; c++) {
        const v = row.getCell(c).value;
        cells.push(v === null || v === undefined ? 0 : (v as Cell));
      }
      rows.push(cells);
    });
    tables[sheet] = rows;
  }
  const inputs = readInputs(snapshotOf(book));
  const settings = readSettings(inputs);
  // The list of forces and their data sets to walk through (what is expected comes from the sheets).
  assessed = forcesOf(inputs).map((f) => {
    const a = assessForce(inputs, settings, f);
    if (!a.ok) throw new Error(f);
    return a.value;
  });
  // The functions are compared with the assessment under both Rules options: the funnel plot (the
  // default: MSGPOSITION estimates the spread between forces from every force's figures and the MSG
  // table, as the assessment does) and "interval" (the exact interval test), each a real `ra assess` run.
  written = await assessAndRead(sample, join(work, "assessed.xlsx"));
  const rules = book.getWorksheet("Rules")!;
  let changed = 0;
  rules.eachRow((row) => {
    if (row.getCell(1).value === "comparison-method") {
      row.getCell(3).value = "interval";
      changed += 1;
    }
  });
  expect(changed).toBe(1);
  await book.xlsx.writeFile(join(work, "interval.xlsx"));
  writtenByInterval = await assessAndRead(join(work, "interval.xlsx"), join(work, "interval-assessed.xlsx"));
  rulesByInterval = tables.Rules!.map((r) => (r[0] === "comparison-method" ? [...r.slice(0, 2), "interval"] : r));
}, 240_000);

const tableOf = (id: string) => tables[dataSets.find((d) => d.id === id)!.table]!;
const column = (rows: readonly (readonly unknown[])[], i: number) => rows.map((r) => [r[i]]);
const columns = (rows: readonly (readonly unknown[])[], ...at: number[]) => rows.map((r) => at.map((i) => r[i]));
const nameOf = (id: string) => dataSets.find((d) => d.id === id)!.name;
const profileOf = (w: Written, force: string, id: string) => w.profile.get(`${force}|${nameOf(id)}`);
/** A Profile cell as a function gives it: "No comparison", "No direction" and an empty cell are blank. */
const sheetValue = (v: Cell | null | undefined) => (v === null || v === undefined || v === "No comparison" || v === "No direction" ? "" : v);
const gap = "comparative-satisfaction";

describe("the functions give the sheets `ra assess` writes, for all 43 forces and every data set", () => {
  it("the written Profile has a row for every force and data set", () => {
    expect(assessed).toHaveLength(43);
    expect(written.profile.size).toBe(43 * dataSets.length);
    expect(writtenByInterval.profile.size).toBe(43 * dataSets.length);
  });

  it("MSGCOMPARE is the Profile row", () => {
    const differ: string[] = [];
    let compared = 0;
    for (const force of assessed) {
      for (const id of dataSets.map((d) => d.id)) {
        const row = (call("MSGCOMPARE", force.force, id, year, tableOf(id), tables.Forces, tables.MSG, tables.Rules) as unknown[][])[0]!;
        const p = profileOf(written, force.force, id)!;
        const expected = [p.Figure, p.Lower, p.Upper, p["MSG average"], p.Rank, p.Of, p.Position, p.Direction].map(sheetValue);
        compared += 1;
        expected.forEach((e, i) => {
          const got = i === 6 && String(row[i]).startsWith("Not compared") ? "" : four(row[i]);
          if (got !== e) differ.push(`${force.force} ${id} column ${i + 1}: ${String(row[i])} against ${String(e)}`);
        });
      }
    }
    expect(compared).toBe(43 * dataSets.length);
    expect(differ).toEqual([]);
  });

  /** MSGPOSITION over the column of forces for one data set, as docs/functions.md gives it; comparative satisfaction from its two groups. */
  const positionsFor = (id: string, rules: unknown, design: (rows: unknown[][]) => unknown[][] | null, asGapAlone = false) => {
    const rows = call("FIGURES", id, year, tableOf(id), tables.Forces);
    if (!Array.isArray(rows)) return null;
    const names = assessed.map((a) => [a.force]);
    const [tops, bottoms] = id === gap && !asGapAlone ? [columns(rows, 3, 5), columns(rows, 4, 6)] : [column(rows, 1), column(rows, 2)];
    return call("MSGPOSITION", names, tables.MSG, column(rows, 0), tops, bottoms, id, null, design(rows), rules) as unknown[][];
  };
  // Each force's own survey design effect, as the Survey table holds it (blank: the Rules' default).
  const surveyDesign = (id: string) => (rows: unknown[][]) => rows.map((r) => [tables.Survey!.find((s) => s[0] === r[0] && s[1] === year && s[2] === id)?.[5] ?? null]);
  const differences = (id: string, positions: unknown[][] | null, w: Written) =>
    assessed.flatMap((force, i) => {
      const expected = sheetValue(profileOf(w, force.force, id)?.Position);
      return expected === "" || positions?.[i]?.[0] === expected ? [] : [`${force.force} ${id}: ${JSON.stringify(positions?.[i]?.[0])} against ${String(expected)}`];
    });

  it("MSGPOSITION with the Rules as they are (the funnel plot) is the Profile's position, one column of forces per data set, comparative satisfaction included", () => {
    const differ: string[] = [];
    let compared = 0;
    for (const dataSet of dataSets) {
      const positions = positionsFor(dataSet.id, tables.Rules, surveyDesign(dataSet.id));
      compared += assessed.filter((f) => sheetValue(profileOf(written, f.force, dataSet.id)?.Position) !== "").length;
      differ.push(...differences(dataSet.id, positions, written));
    }
    expect(differ).toEqual([]);
    expect(compared).toBeGreaterThan(43 * 20);
    // The funnel plot made calls: not every position is "Similar".
    expect([...written.profile.values()].filter((r) => String(r.Position).startsWith("Significantly")).length).toBeGreaterThan(10);
  });

  it("comparative satisfaction: the test can fail; the gap alone, or a design effect the Survey table does not give, gives other positions", () => {
    const tested = differences(gap, positionsFor(gap, tables.Rules, surveyDesign(gap)), written);
    const gapAlone = differences(gap, positionsFor(gap, tables.Rules, surveyDesign(gap), true), written);
    const design = differences(gap, positionsFor(gap, tables.Rules, (rows) => rows.map(() => [0.25])), written);
    expect(tested).toEqual([]);
    // Judged as a figure with no sampling error (the gap alone), some forces are called different that the test finds similar.
    expect(gapAlone.length).toBeGreaterThan(0);
    // A design effect of 0.25 (four times the effective sample) narrows the test: more forces differ.
    expect(design.length).toBeGreaterThan(0);
  });

  it("MSGAVERAGE, MSGPOSITION, MSGRANK and DIRECTION on columns from FIGURES equal the Profile, and GRADE with Rules and the evidence the Assessment sheet (interval Rules)", () => {
    const differ: string[] = [];
    const checked: Record<string, number> = {};
    const count = (fn: string) => (checked[fn] = (checked[fn] ?? 0) + 1);
    const figuresOf = new Map<string, unknown[][]>();
    const figures = (id: string, y: string) => {
      const key = `${id}|${y}`;
      if (!figuresOf.has(key)) {
        const found = call("FIGURES", id, y, tableOf(id), tables.Forces);
        figuresOf.set(key, Array.isArray(found) ? found : []);
      }
      return figuresOf.get(key)!;
    };
    const designOf = (force: string, id: string) => {
      const row = tables.Survey!.find((r) => r[0] === force && r[1] === year && r[2] === id);
      return row && row[5] !== 0 ? row[5] : null;
    };
    const usable = (r: readonly unknown[], at: readonly number[]) => at.every((i) => typeof r[i] === "number") && r[at[at.length - 1]!] !== 0;
    for (const force of assessed) {
      for (const domain of force.domains) {
        const positions: unknown[][] = [];
        const directions: unknown[][] = [];
        // The data sets the grade counted: the Trace's rows for the force and domain that score points.
        const counted = new Set(writtenByInterval.trace.filter((t) => t.Force === force.force && t.Domain === domain.domain.name && typeof t.Points === "number").map((t) => t.Step));
        for (const { dataSet } of domain.dataSets) {
          const id = dataSet.id;
          const p = profileOf(writtenByInterval, force.force, id)!;
          const rows = figures(id, year);
          const isGap = id === gap;
          const [names, tops, bottoms] = [column(rows, 0), column(rows, 1), column(rows, 2)];
          const design = designOf(force.force, id);
          const where = `${force.force} ${id}`;
          if (p["MSG average"] !== null) {
            count("MSGAVERAGE");
            const average = one(call("MSGAVERAGE", force.force, tables.MSG, names, tops, bottoms, id));
            if (four(average) !== p["MSG average"]) differ.push(`${where} MSGAVERAGE ${String(average)} against ${String(p["MSG average"])}`);
          }
          const expectedPosition = sheetValue(p.Position);
          if (expectedPosition !== "") {
            count(isGap ? "MSGPOSITION gap" : "MSGPOSITION");
            const [t, b] = isGap ? [columns(rows, 3, 5), columns(rows, 4, 6)] : [tops, bottoms];
            const position = one(call("MSGPOSITION", force.force, tables.MSG, names, t, b, id, null, design, rulesByInterval));
            if (position !== expectedPosition) differ.push(`${where} MSGPOSITION ${String(position)} against ${String(expectedPosition)}`);
          }
          if (p.Rank !== null) {
            // The values ranked: each force's figure, worked out by the test from FIGURES.
            // A survey's figure is its percentage; a gap given directly is the figure itself.
            const values = rows.map((r) => [dataSet.statistic !== "survey" && typeof r[2] === "number" && r[2] !== 0 ? ((r[1] as number) / r[2]) * dataSet.multiplier : r[1]]);
            count("MSGRANK");
            const rank = one(call("MSGRANK", force.force, tables.MSG, names, values, id));
            if (rank !== p.Rank) differ.push(`${where} MSGRANK ${String(rank)} against ${String(p.Rank)}`);
          }
          const expectedDirection = sheetValue(p.Direction);
          if (expectedDirection !== "") {
            const series = [2006, 2007, 2008].map((y) => `${y}/${String(y + 1).slice(2)}`);
            const own = series.map((y) => figures(id, y).find((r) => r[0] === force.force) ?? ["", "", "", "", "", "", ""]);
            count(isGap ? "DIRECTION gap" : "DIRECTION");
            let direction: unknown;
            if (isGap) {
              // The two groups year by year (years down), and England and Wales as the mean gap, each year,
              // of the forces whose gap can be tested in both the first and the last year.
              const testable = (y: string) => new Set(figures(id, y).filter((r) => usable(r, [3, 4]) && usable(r, [5, 6])).map((r) => r[0]));
              const [first, last] = [testable(series[0]!), testable(series[2]!)];
              const meanGap = (y: string) => {
                const gaps = figures(id, y).filter((r) => first.has(r[0]) && last.has(r[0])).map((r) => Math.abs((r[3] as number) - (r[5] as number)));
                return gaps.reduce((t, g) => t + g, 0) / gaps.length;
              };
              direction = call("DIRECTION", columns(own, 3, 5), columns(own, 4, 6), id, null, design, rulesByInterval, [series.map(meanGap)]);
            } else {
              const [first, , last] = series.map((y) => figures(id, y));
              const both = new Set((first ?? []).filter((r) => typeof r[1] === "number" && typeof r[2] === "number" && r[2] !== 0).map((r) => r[0]));
              const inBoth = (last ?? []).filter((r) => typeof r[1] === "number" && typeof r[2] === "number" && r[2] !== 0).map((r) => r[0]).filter((f) => both.has(f));
              // England and Wales: the forces with figures in both years, summed (a survey's percentage weighted by sample size).
              const total = (y: string) => {
                const rows = figures(id, y).filter((r) => inBoth.includes(r[0]));
                const n = rows.reduce((t, r) => t + (r[2] as number), 0);
                const top = rows.reduce((t, r) => t + (dataSet.statistic === "survey" ? ((r[1] as number) * (r[2] as number)) / 100 : (r[1] as number)), 0);
                return dataSet.statistic === "survey" ? [(100 * top) / n, n] : [top, n];
              };
              const totals = series.map(total);
              direction = call("DIRECTION", [own.map((r) => r[1])], [own.map((r) => r[2])], id, null, design, rulesByInterval, [totals.map((t) => t[0])], [totals.map((t) => t[1])]);
            }
            if (direction !== expectedDirection) differ.push(`${where} DIRECTION ${String(direction)} against ${String(expectedDirection)}`);
          }
          // The City of London's figures per head are shown, not graded: the Trace gives them no points.
          if (counted.has(dataSet.name) && expectedPosition !== "" && expectedDirection !== "") {
            positions.push([expectedPosition]);
            directions.push([expectedDirection]);
          }
        }
        const recommended = writtenByInterval.assessment.find((a) => a.Force === force.force && a.Domain === domain.domain.name)?.["Recommended grade"];
        if (!domain.domain.graded || recommended === "Not enough data") continue;
        // The evidence's Kind and Judgement columns, and the force (CAA flags are ignored for a Welsh force).
        const evidence = tables.Evidence!.filter((r) => r[0] === force.force && r[1] === domain.domain.name).map((r) => [r[2], r[3]]);
        count("GRADE");
        const grade = call("GRADE", positions, directions, rulesByInterval, evidence.length > 0 ? evidence : null, force.force);
        if (grade !== recommended) differ.push(`${force.force} ${domain.domain.name} GRADE ${String(grade)} against ${String(recommended)}`);
      }
    }
    expect(differ).toEqual([]);
    // Nearly every force and data set was compared (a few have no figures in the sample), and every graded domain.
    for (const fn of ["MSGAVERAGE", "MSGPOSITION", "MSGRANK", "DIRECTION"]) expect(checked[fn]).toBeGreaterThan(43 * 21);
    // Comparative satisfaction, tested from both groups, for every force with survey figures (all but the City of London).
    expect([checked["MSGPOSITION gap"], checked["DIRECTION gap"]]).toEqual([42, 42]);
    // Every graded domain but one: the City of London has no survey figures, so no Confidence and Satisfaction grade.
    expect(checked.GRADE).toBe(43 * 3 - 1);
  });
});

describe("the two workflows of docs/functions.md, on the national sample", () => {
  it("a 43-force comparison sheet: one MSGCOMPARE over the column of forces, with headings", () => {
    const names = [...new Set(tables.Forces!.map((r) => r[0]))].map((f) => [f]);
    const sheet = call("MSGCOMPARE", names, "burglary", year, tables.Data, tables.Forces, tables.MSG, tables.Rules, true) as unknown[][];
    expect(sheet).toHaveLength(44);
    expect(sheet[0]).toEqual(["Figure", "Lower", "Upper", "Group average", "Rank", "Of", "Position", "Direction"]);
    const kent = profileOf(written, "Kent", "burglary")!;
    const row = sheet[1 + names.findIndex((n) => n[0] === "Kent")]!;
    expect([four(row[3]), ...row.slice(4, 8)]).toEqual([kent["MSG average"], kent.Rank, kent.Of, kent.Position, kent.Direction]);
  });

  it("a 43-force comparison table column by column: FIGURES, then MSGAVERAGE, MSGRANK and MSGPOSITION over its column of forces", () => {
    // The formulas of docs/functions.md's table: A2 FIGURES; D2, E2 and F2 take INDEX(A2#,,1) as the forces.
    const a2 = call("FIGURES", "burglary", year, tables.Data, tables.Forces) as unknown[][];
    const [names, tops, bottoms] = [column(a2, 0), column(a2, 1), column(a2, 2)];
    const rates = a2.map((r) => [((r[1] as number) / (r[2] as number)) * 1000]);
    const d2 = call("MSGAVERAGE", names, tables.MSG, names, tops, bottoms, "burglary") as unknown[][];
    const e2 = call("MSGRANK", names, tables.MSG, names, rates, "burglary") as unknown[][];
    const f2 = call("MSGPOSITION", names, tables.MSG, names, tops, bottoms, "burglary", null, null, tables.Rules) as unknown[][];
    const g2 = call("EWAVERAGE", tops, bottoms, "burglary") as number;
    const h2 = call("FUNNELLIMITS", g2, bottoms, "burglary") as number[][];
    const j2 = call("ZSCORE", tops, bottoms, g2, "burglary") as number[][];
    // K2: the funnel with the spread between forces the Rules say (additive), estimated from the counts.
    const k2 = call("FUNNELLIMITS", g2, bottoms, "burglary", null, tables.Rules, tops) as number[][];
    const wider = (i: number) => k2[i]![0]! < h2[i]![0]! && k2[i]![1]! > h2[i]![1]!;
    expect(a2).toHaveLength(43);
    const differ: string[] = [];
    a2.forEach((r, i) => {
      const profile = profileOf(written, String(r[0]), "burglary")!;
      if (four(d2[i]![0]) !== profile["MSG average"]) differ.push(`${String(r[0])} average ${String(d2[i]![0])}`);
      if (e2[i]![0] !== profile.Rank) differ.push(`${String(r[0])} rank ${String(e2[i]![0])}`);
      if (f2[i]![0] !== profile.Position) differ.push(`${String(r[0])} position ${String(f2[i]![0])}`);
      // A force outside the funnel has a z-score beyond +/-1.96, and inside it within.
      const outside = rates[i]![0]! < h2[i]![0]! || rates[i]![0]! > h2[i]![1]!;
      if (outside !== Math.abs(j2[i]![0]!) > 1.959963984540054) differ.push(`${String(r[0])} funnel and z-score disagree`);
      if (!wider(i)) differ.push(`${String(r[0])} the Rules' funnel is not wider than chance alone`);
    });
    expect(differ).toEqual([]);
    // England and Wales by hand from the same columns: the sum of burglaries over the sum of households.
    const sum = (c: unknown[][]) => c.reduce((t, [v]) => t + (v as number), 0);
    expect(g2).toBeCloseTo((sum(tops) / sum(bottoms)) * 1000, 10);
  });

  it("every formula of the two workflows is under 120 characters", () => {
    const markdown = readFileSync(join(__dirname, "../../docs/functions.md"), "utf8");
    const section = markdown.slice(markdown.indexOf("### Two worked workflows"), markdown.indexOf("### Deprecated"));
    const formulas = [...section.matchAll(/^\|[^\n]*`(=[^`]+)`\s*\|$/gm)].map((m) => m[1]!);
    expect(formulas.length).toBeGreaterThanOrEqual(13);
    expect(formulas.filter((f) => f.length >= 120)).toEqual([]);
  });

  it("Kent against its group over three years: FIGURES feeding CRIMERATE and MSGAVERAGE, year by year", () => {
    const kent = assessed.find((a) => a.force === "Kent")!.domains.flatMap((d) => d.dataSets).find((d) => d.dataSet.id === "burglary")!;
    const byYear = kent.direction!.series.map((s) => {
      const f = call("FIGURES", "burglary", s.year, tables.Data, tables.Forces) as unknown[][];
      const k = f.findIndex((r) => r[0] === "Kent");
      const rate = call("CRIMERATE", f[k]![1], f[k]![2]);
      const average = one(call("MSGAVERAGE", "Kent", tables.MSG, column(f, 0), column(f, 1), column(f, 2), "burglary"));
      return { year: s.year, rate, expected: s.value, average };
    });
    for (const y of byYear) {
      expect(Math.abs((y.rate as number) - y.expected)).toBeLessThan(1e-9 * y.expected);
      expect(typeof y.average).toBe("number");
    }
    expect(byYear[2]!.average).toBeCloseTo(kent.msgAverage!, 9);
  });
});
