import { dataSets, financeColumnsOf, forcesColumnOf } from "../../../src/engine/catalogue/dataSets";
import { figuresFor } from "../../../src/engine/assessment/figures";
import { readInputs } from "../../../src/engine/assessment/inputs";
import { tableSpec } from "../../../src/engine/workbook/template";
import { validSnapshot } from "../workbook/builders";

/**
 * A data set is defined in one row of the catalogue: the template's Finance figure columns are made
 * from it, and the assessment reads the columns its inputs name. The headings below are the 1.1
 * template's, as users have them in their workbooks (they must not change: 1.0 and 1.1 workbooks are read).
 */
const financeHeadings = [
  "Force", "Year", "Officer costs (£)", "Officer FTE", "PCSO costs (£)", "PCSO FTE", "Staff costs (£)", "Staff FTE", "Precept (£)",
  "Tax base (Band D equivalents)", "Net revenue expenditure (£)", "CIPFA line", "CIPFA cost (£)", "Cost lines used", "Source",
];

const columnsOf = (table: string) => new Map((tableSpec(table)?.columns ?? []).map((c) => [c.name, c]));

describe("a data set's inputs and the template's columns", () => {
  it("keeps the Finance headings users have", () => {
    expect([...columnsOf("Finance").keys()]).toEqual(financeHeadings);
  });

  it("names, for every data set, template columns the engine reads", () => {
    const finance = columnsOf("Finance");
    const forces = columnsOf("Forces");
    for (const d of dataSets) {
      const fromForces = forcesColumnOf(d);
      if (fromForces) expect([d.id, forces.has(fromForces)]).toEqual([d.id, true]);
      if (d.table === "Finance") {
        const { numerator, denominator } = financeColumnsOf(d);
        expect([d.id, numerator, finance.get(numerator)?.kind]).toEqual([d.id, d.numerator.label, "amount"]);
        if (denominator) expect([d.id, denominator, finance.get(denominator)?.kind]).toEqual([d.id, d.denominator?.label, "positive-amount"]);
        else expect([d.id, fromForces]).toEqual([d.id, "Population"]);
      } else {
        const read = d.table === "Data" ? ["Numerator", ...(d.denominator && !fromForces ? ["Denominator"] : [])] : ["Percentage", "Sample size"];
        for (const name of read) expect([d.id, columnsOf(d.table).has(name)]).toEqual([d.id, true]);
      }
    }
  });

  it("reads CIPFA from the template's CIPFA cost (£) column, as the catalogue now says", () => {
    expect(dataSets.find((d) => d.id === "cipfa")?.numerator.label).toBe("CIPFA cost (£)");
  });

  it("assesses each value-for-money data set from the columns its catalogue entry names", () => {
    // Kent's 2008/09 row, by heading; Kent's population in 2008/09 is 1,000,000 (test/unit/workbook/builders.ts).
    const kent: Record<string, string | number> = {
      Force: "Kent", Year: "2008/09", "Officer costs (£)": 100e6, "Officer FTE": 2000, "PCSO costs (£)": 5e6, "PCSO FTE": 200, "Staff costs (£)": 40e6,
      "Staff FTE": 1200, "Precept (£)": 60e6, "Tax base (Band D equivalents)": 500_000, "Net revenue expenditure (£)": 180e6, "CIPFA line": "Investigations",
      "CIPFA cost (£)": 7.5e6, "Cost lines used": "pay", Source: "test",
    };
    const snapshot = validSnapshot((rows) => {
      rows.Finance = [financeHeadings.map((h) => kent[h] ?? null)];
    });
    const inputs = readInputs(snapshot);
    const expected: Record<string, [number, number]> = {
      "cost-per-officer": [100e6, 2000],
      "cost-per-pcso": [5e6, 200],
      "cost-per-staff": [40e6, 1200],
      "band-d": [60e6, 500_000],
      "cost-per-head": [180e6, 1_000_000],
      cipfa: [7.5e6, 1_000_000],
    };
    const finance = dataSets.filter((d) => d.table === "Finance");
    expect(finance.map((d) => d.id).sort()).toEqual(Object.keys(expected).sort());
    for (const d of finance) {
      const kentFigure = figuresFor(inputs, d, "2008/09").figures.find((f) => f.force === "Kent");
      expect([d.id, kentFigure?.numerator, kentFigure && "denominator" in kentFigure ? kentFigure.denominator : undefined]).toEqual([d.id, ...(expected[d.id] ?? [])]);
    }
  });
});
