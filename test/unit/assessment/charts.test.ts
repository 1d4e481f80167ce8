/**
 * Charts as data: the write plan of one assessed force carries its charts against its similar
 * forces, built from the assessment's numbers (no adapter involved). The test workbook's figures are
 * laid out by hand in ../workbook/builders.ts: every force's satisfaction is 82.5%, so the force's
 * figure and its similar forces' average are both 82.5.
 */
import { CHARTS_SHEET, MIXED_UNITS_TITLE, NO_FIGURES, SOURCE_HEADER, assessForce, assessmentPlan, chartsSheetOf, forceCharts, layOutCharts, readInputs, readSettings, type ForceAssessment } from "../../../src/engine/assessment";
import { domains } from "../../../src/engine/catalogue/domains";
import { findTable, inputSheetsTouched, type WorkbookSnapshot } from "../../../src/engine/workbook";
import { forces, validSnapshot, years } from "../workbook/builders";

const graded = domains.filter((d) => d.graded).map((d) => d.name);

/** The valid workbook with figures in every graded domain: homicide and gun crime for Protection from Serious Harm. */
function withSeriousHarm(): WorkbookSnapshot {
  return validSnapshot((rows) => {
    for (const f of forces) for (const y of years) rows["Data"]?.push([f, y, "homicide", 12, null, "test"], [f, y, "gun-crime", 40, null, "test"]);
  });
}

function assess(snapshot: WorkbookSnapshot, force: string): ForceAssessment {
  const inputs = readInputs(snapshot);
  const result = assessForce(inputs, readSettings(inputs), force);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

describe("charts of a force against its similar forces, from the assessment's numbers", () => {
  it("makes one chart per graded domain with the shared unit or a general axis title", () => {
    const charts = forceCharts(assess(withSeriousHarm(), "Kent"));
    expect(charts.map((c) => c.domain)).toEqual(graded);
    expect(charts.map((c) => c.title)).toEqual(graded.map((d) => `Kent: ${d} against similar forces`));
    const [localCrime, seriousHarm, confidence] = charts;
    // Local crime mixes "%" (burglary detections) and "per 1,000 population" (robbery); confidence has one survey figure in "%".
    expect(localCrime?.valueAxisTitle).toBe(MIXED_UNITS_TITLE);
    expect(confidence?.valueAxisTitle).toBe("%");
    expect(confidence?.rows).toEqual([["Satisfaction with the whole experience", 82.5, 82.5]]);
    expect(seriousHarm?.rows.map((r) => r[0])).toEqual(["Homicide", "Gun crime"]);
  });

  it("gives the same numbers as the Profile sheet the same plan writes", () => {
    const snapshot = withSeriousHarm();
    const kent = assess(snapshot, "Kent");
    const { plan } = assessmentPlan(snapshot, [kent], [], () => 60);
    const profile = plan.tables.find((t) => t.name === "Profile");
    const column = (name: string) => profile?.columns.indexOf(name) ?? -1;
    expect(plan.charts?.charts.flatMap((c) => c.categories)).toHaveLength(2 + 2 + 1);
    for (const chart of plan.charts?.charts ?? []) {
      chart.categories.forEach((dataSet, i) => {
        const row = profile?.rows.find((r) => r[column("Data set")] === dataSet && r[column("Domain")] === chart.label);
        expect([chart.series[0]?.values[i], chart.series[1]?.values[i]]).toEqual([row?.[column("Figure")], row?.[column("MSG average")]]);
      });
    }
  });

  it("is in the plan of one force, on the Charts sheet (never an input sheet), and not in a plan of several", () => {
    const snapshot = withSeriousHarm();
    const kent = assess(snapshot, "Kent");
    const one = assessmentPlan(snapshot, [kent], [], () => 60).plan;
    expect(one.charts).toEqual(chartsSheetOf(kent));
    expect(one.charts?.sheet).toBe(CHARTS_SHEET);
    expect(inputSheetsTouched(one)).toEqual([]);
    expect(assessmentPlan(snapshot, [kent, assess(snapshot, "Essex")], [], () => 60).plan.charts).toBeUndefined();
    expect(findTable(snapshot, CHARTS_SHEET)).toBeUndefined();
  });

  it("lays the blocks out down the sheet and the charts beside them, with the series from each row", () => {
    const sheet = layOutCharts(
      [
        { domain: "A", title: "K: A against similar forces", valueAxisTitle: "%", rows: [["x", 1, 2], ["y", 3, null]] },
        { domain: "B", title: "K: B against similar forces", valueAxisTitle: "%", rows: [] },
        { domain: "C", title: "K: C against similar forces", valueAxisTitle: "%", rows: [["z", 1, 1]] },
      ],
      "K",
    );
    // Block A: label A3, header A4, two rows to C6; the next block is 20 rows on (A23), the empty one takes 3 rows (A26).
    expect(sheet.charts.map((c) => [c.labelCell, c.source, c.from, c.to])).toEqual([
      ["A3", "A4:C6", "E3", "L20"],
      ["A23", null, "E23", "L40"],
      ["A26", "A27:C28", "E26", "L43"],
    ]);
    expect(sheet.charts[0]).toMatchObject({ kind: "bar-clustered", categories: ["x", "y"], series: [{ name: SOURCE_HEADER[1], values: [1, 3] }, { name: SOURCE_HEADER[2], values: [2, null] }], sourceHeader: [...SOURCE_HEADER] });
    expect(sheet.charts[1]?.empty).toBe(NO_FIGURES);
  });
});
