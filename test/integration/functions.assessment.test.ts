import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { customFunctions } from "../../src";
import { assessForce, forcesOf, readInputs, readSettings, type ForceAssessment } from "../../src/engine/assessment";
import { dataSets } from "../../src/engine/catalogue/dataSets";
import { snapshotOf } from "../../src/xlsx";

// Every function against the assessment (the Profile, Trace and Assessment sheets are written from
// these very results), for all 43 forces of the national sample and every data set, with the tables
// passed as Excel passes a Table's body: rows of cells, an empty cell as 0.

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

const tables: Record<string, Cell[][]> = {};
let assessed: ForceAssessment[] = [];
let assessedByInterval: ForceAssessment[] = [];
let rulesByInterval: Cell[][] = [];
const year = "2008/09";

beforeAll(async () => {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(join(__dirname, "../../assets/national-sample.xlsx"));
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
  const assessAll = (s: typeof settings) =>
    forcesOf(inputs).map((f) => {
      const a = assessForce(inputs, s, f);
      if (!a.ok) throw new Error(f);
      return a.value;
    });
  assessed = assessAll(settings);
  // The functions are compared with the assessment under both Rules options: the funnel plot (the
  // default: MSGPOSITION estimates the spread between forces from every force's figures and the MSG
  // table, as the assessment does) and "interval" (the exact interval test).
  assessedByInterval = assessAll({ ...settings, comparison: "interval" });
  rulesByInterval = tables.Rules!.map((r) => (r[0] === "comparison-method" ? [...r.slice(0, 2), "interval"] : r));
  expect(rulesByInterval.some((r) => r[0] === "comparison-method")).toBe(true);
}, 120_000);

const tableOf = (id: string) => tables[dataSets.find((d) => d.id === id)!.table]!;
const column = (rows: readonly (readonly unknown[])[], i: number) => rows.map((r) => [r[i]]);

describe("the functions give the assessment's answers, for all 43 forces and every data set", () => {
  it("MSGCOMPARE is the Profile row", () => {
    expect(assessed).toHaveLength(43);
    const differ: string[] = [];
    let compared = 0;
    for (const force of assessed) {
      for (const domain of force.domains) {
        for (const a of domain.dataSets) {
          const row = (call("MSGCOMPARE", force.force, a.dataSet.id, year, tableOf(a.dataSet.id), tables.Forces, tables.MSG, tables.Rules) as unknown[][])[0]!;
          const expected = [a.figure?.estimate ?? "", a.figure?.lower ?? "", a.figure?.upper ?? "", a.msgAverage ?? "", a.rank?.rank ?? "", a.rank?.of ?? "", a.position?.label, a.direction?.label ?? ""];
          compared += 1;
          expected.forEach((e, i) => {
            if (i === 6 && e === undefined) return;
            if (row[i] !== e) differ.push(`${force.force} ${a.dataSet.id} column ${i + 1}: ${String(row[i])} against ${String(e)}`);
          });
        }
      }
    }
    expect(compared).toBe(43 * dataSets.length);
    expect(differ).toEqual([]);
  });

  it("MSGPOSITION with the Rules as they are (the funnel plot) is the Profile's position, one column of forces per data set", () => {
    const differ: string[] = [];
    let compared = 0;
    const names = assessed.map((a) => [a.force]);
    // Comparative satisfaction is tested from both groups' percentages and sample sizes, which MSGPOSITION is not given.
    for (const dataSet of dataSets.filter((d) => d.id !== "comparative-satisfaction")) {
      const rows = call("FIGURES", dataSet.id, year, tableOf(dataSet.id), tables.Forces);
      if (!Array.isArray(rows)) continue;
      // Each force's own survey design effect, as the Survey table holds it (blank: the Rules' default).
      const design = rows.map((r) => [tables.Survey!.find((s) => s[0] === r[0] && s[1] === year && s[2] === dataSet.id)?.[5] ?? null]);
      const positions = call("MSGPOSITION", names, tables.MSG, column(rows, 0), column(rows, 1), column(rows, 2), dataSet.id, null, design, tables.Rules) as unknown[][];
      assessed.forEach((force, i) => {
        const expected = force.domains.flatMap((d) => d.dataSets).find((d) => d.dataSet.id === dataSet.id)?.position?.label;
        if (expected === undefined) return;
        compared += 1;
        if (positions[i]?.[0] !== expected) differ.push(`${force.force} ${dataSet.id}: ${JSON.stringify(positions[i]?.[0])} against ${expected}`);
      });
    }
    expect(differ).toEqual([]);
    expect(compared).toBeGreaterThan(43 * 19);
    // The funnel plot made calls: not every position is "Similar".
    expect(assessed.flatMap((a) => a.domains.flatMap((d) => d.dataSets)).filter((d) => d.position?.label.startsWith("Significantly")).length).toBeGreaterThan(10);
  });

  it("MSGAVERAGE, MSGPOSITION, MSGRANK and DIRECTION on columns from FIGURES, and GRADE with Rules and the evidence, equal the assessment", () => {
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
    for (const force of assessedByInterval) {
      for (const domain of force.domains) {
        const positions: unknown[][] = [];
        const directions: unknown[][] = [];
        for (const a of domain.dataSets) {
          const id = a.dataSet.id;
          const rows = figures(id, year);
          const [names, tops, bottoms] = [column(rows, 0), column(rows, 1), column(rows, 2)];
          const design = designOf(force.force, id);
          const where = `${force.force} ${id}`;
          if (a.msgAverage !== null) {
            count("MSGAVERAGE");
            const average = one(call("MSGAVERAGE", force.force, tables.MSG, names, tops, bottoms, id));
            if (typeof average !== "number" || Math.abs(average - a.msgAverage) > 1e-9 * Math.abs(a.msgAverage)) differ.push(`${where} MSGAVERAGE ${String(average)} against ${a.msgAverage}`);
          }
          // Comparative satisfaction with the minority ethnic columns is tested from both groups'
          // percentages and sample sizes, which the MSG functions and DIRECTION are not given.
          const tested = id !== "comparative-satisfaction";
          const position = tested ? one(call("MSGPOSITION", force.force, tables.MSG, names, tops, bottoms, id, null, design, rulesByInterval)) : null;
          if (a.position && tested) count("MSGPOSITION");
          if (a.position && tested && position !== a.position.label) differ.push(`${where} MSGPOSITION ${String(position)} against ${a.position.label}`);
          if (a.rank) {
            // The values ranked: each force's figure, worked out by the test from FIGURES.
            // A survey's figure is its percentage; a gap given directly is the figure itself.
            const values = rows.map((r) => [a.dataSet.statistic !== "survey" && typeof r[2] === "number" && r[2] !== 0 ? ((r[1] as number) / r[2]) * a.dataSet.multiplier : r[1]]);
            count("MSGRANK");
            const rank = one(call("MSGRANK", force.force, tables.MSG, names, values, id));
            if (rank !== a.rank.rank) differ.push(`${where} MSGRANK ${String(rank)} against ${a.rank.rank}`);
          }
          if (a.direction && tested) {
            const series = a.direction.series.map((s) => s.year ?? "");
            const own = series.map((y) => figures(id, y).find((r) => r[0] === force.force) ?? ["", "", ""]);
            count("DIRECTION");
            const [first, , last] = series.map((y) => figures(id, y));
            const both = new Set((first ?? []).filter((r) => typeof r[1] === "number" && typeof r[2] === "number" && r[2] !== 0).map((r) => r[0]));
            const counted = (last ?? []).filter((r) => typeof r[1] === "number" && typeof r[2] === "number" && r[2] !== 0).map((r) => r[0]).filter((f) => both.has(f));
            // England and Wales: the forces with figures in both years, summed (a survey's percentage weighted by sample size).
            const total = (y: string) => {
              const rows = figures(id, y).filter((r) => counted.includes(r[0]));
              const n = rows.reduce((t, r) => t + (r[2] as number), 0);
              const top = rows.reduce((t, r) => t + (a.dataSet.statistic === "survey" ? ((r[1] as number) * (r[2] as number)) / 100 : (r[1] as number)), 0);
              return a.dataSet.statistic === "survey" ? [(100 * top) / n, n] : [top, n];
            };
            const totals = series.map(total);
            const direction = call("DIRECTION", [own.map((r) => r[1])], [own.map((r) => r[2])], id, null, design, rulesByInterval, [totals.map((t) => t[0])], [totals.map((t) => t[1])]);
            if (direction !== a.direction.label) differ.push(`${where} DIRECTION ${String(direction)} against ${a.direction.label}`);
          }
          // The City of London's figures per head are shown, not graded (Rules resident-rates-profiled-not-graded),
          // so, as the assessment does, they are left out of the ranges GRADE is given.
          if (a.position && a.direction && !a.profiledOnly && ["better", "similar", "worse"].includes(a.position.kind)) {
            positions.push([a.position.label]);
            directions.push([a.direction.label]);
          }
        }
        if (domain.recommendedGrade === null) continue;
        // The evidence's Kind and Judgement columns, and the force (CAA flags are ignored for a Welsh force).
        const evidence = tables.Evidence!.filter((r) => r[0] === force.force && r[1] === domain.domain.name).map((r) => [r[2], r[3]]);
        count("GRADE");
        const grade = call("GRADE", positions, directions, rulesByInterval, evidence.length > 0 ? evidence : null, force.force);
        if (grade !== domain.recommendedGrade) differ.push(`${force.force} ${domain.domain.name} GRADE ${String(grade)} against ${domain.recommendedGrade}`);
      }
    }
    expect(differ).toEqual([]);
    // Nearly every force and data set was compared (a few have no figures in the sample), and every graded domain.
    for (const fn of ["MSGAVERAGE", "MSGPOSITION", "MSGRANK", "DIRECTION"]) expect(checked[fn]).toBeGreaterThan(43 * 20);
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
    const kent = assessed.find((a) => a.force === "Kent")!.domains.flatMap((d) => d.dataSets).find((d) => d.dataSet.id === "burglary")!;
    const row = sheet[1 + names.findIndex((n) => n[0] === "Kent")]!;
    expect(row.slice(3, 8)).toEqual([kent.msgAverage, kent.rank!.rank, kent.rank!.of, kent.position!.label, kent.direction!.label]);
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
    expect(a2).toHaveLength(43);
    const differ: string[] = [];
    a2.forEach((r, i) => {
      const profile = assessed.find((a) => a.force === r[0])!.domains.flatMap((d) => d.dataSets).find((d) => d.dataSet.id === "burglary")!;
      if (Math.abs((d2[i]![0] as number) - profile.msgAverage!) > 1e-9 * profile.msgAverage!) differ.push(`${String(r[0])} average ${String(d2[i]![0])}`);
      if (e2[i]![0] !== profile.rank!.rank) differ.push(`${String(r[0])} rank ${String(e2[i]![0])}`);
      if (f2[i]![0] !== profile.position!.label) differ.push(`${String(r[0])} position ${String(f2[i]![0])}`);
      // A force outside the funnel has a z-score beyond +/-1.96, and inside it within.
      const outside = rates[i]![0]! < h2[i]![0]! || rates[i]![0]! > h2[i]![1]!;
      if (outside !== Math.abs(j2[i]![0]!) > 1.959963984540054) differ.push(`${String(r[0])} funnel and z-score disagree`);
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
