import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readSnapshot } from "../../src/xlsx";
import { newWorkbookBytes } from "../../src/xlsx";
import { samplePlan } from "../../src/cli/sample/generate";
import { readSharedData, sharedDataFolder } from "../../src/cli/sample/sharedData";
import { checkWorkbook, countBySeverity, readCoverage, realDataSets, type CellValue, type TableSnapshot, type WorkbookSnapshot } from "../../src/engine/workbook";

// Issue 13, item 4: the national sample's real figures against HMIC's published CSVs (../shared/data/hmic).
// The spot checks below need no ../shared: their expected values were copied by hand from the CSVs.

const root = join(__dirname, "..", "..");
const folder = sharedDataFolder(root);
let sample: WorkbookSnapshot;

beforeAll(async () => {
  const read = await readSnapshot(readFileSync(join(root, "assets", "national-sample.xlsx")));
  if (!read.ok) throw new Error("The committed sample cannot be read");
  sample = read.value;
});

const tableOf = (s: WorkbookSnapshot, sheet: string): TableSnapshot => {
  const t = s.tables.find((x) => x.sheet === sheet);
  if (!t) throw new Error(`No ${sheet} table`);
  return t;
};
const cell = (t: TableSnapshot, row: readonly CellValue[], column: string): CellValue => row[t.columns.indexOf(column)] ?? null;
const rowsWhere = (s: WorkbookSnapshot, sheet: string, match: Record<string, string>) => {
  const t = tableOf(s, sheet);
  return t.rows.filter((r) => Object.entries(match).every(([k, v]) => cell(t, r, k) === v)).map((r) => (column: string) => cell(t, r, column));
};
const one = (s: WorkbookSnapshot, sheet: string, match: Record<string, string>) => {
  const found = rowsWhere(s, sheet, match);
  if (found.length !== 1) throw new Error(`${found.length} ${sheet} rows for ${JSON.stringify(match)}`);
  return found[0] as (column: string) => CellValue;
};
const data = (force: string, year: string, id: string) => one(sample, "Data", { Force: force, Year: year, "Data set id": id });
const survey = (force: string, id: string) => one(sample, "Survey", { Force: force, Year: "2008/09", "Data set id": id });
const finance = (force: string, year: string) => one(sample, "Finance", { Force: force, Year: year });
const forceRow = (force: string, year: string) => one(sample, "Forces", { Force: force, "Population year": year });

describe("the national sample's real figures, spot-checked by hand against the CSVs", () => {
  // [force, robbery, domestic burglary, burglary detections, violence with injury (2008/09, VfM 2012 Snapshot_crime / Crime_trends),
  //  violence with injury detections, all sexual offences, their detections, trafficking (2008/09), violence with injury 2006/07,
  //  vehicle crime 2007/08 (Crime_trends)]
  const crime: [string, number, number, number, number, number, number, number, number, number, number][] = [
    ["Kent", 1015, 5574, 1458, 11959, 5103, 1379, 444, 638, 14360, 16691],
    ["Dyfed-Powys", 35, 731, 196, 2672, 1554, 321, 137, 248, 3592, 2093],
    ["Essex", 1305, 6888, 1192, 9627, 5390, 1157, 311, 883, 11953, 16634],
    ["Dorset", 262, 1822, 257, 5010, 1798, 705, 162, 309, 5146, 5005],
    ["Metropolitan Police", 32555, 59173, 7680, 71335, 23160, 8535, 2548, 4750, 79698, 122380],
    ["North Yorkshire", 247, 2474, 382, 4324, 2261, 549, 201, 313, 5512, 5578],
    ["Cumbria", 50, 799, 142, 3267, 1922, 324, 132, 363, 4167, 2475],
  ];
  it.each(crime)("%s: recorded crime and sanction detections", (force, robbery, burglary, burglaryDet, vwi, vwiDet, sexual, sexualDet, trafficking, vwi0607, vehicle0708) => {
    expect(data(force, "2008/09", "robbery")("Numerator")).toBe(robbery);
    expect(data(force, "2008/09", "burglary")("Numerator")).toBe(burglary);
    expect([data(force, "2008/09", "burglary-detections")("Numerator"), data(force, "2008/09", "burglary-detections")("Denominator")]).toEqual([burglaryDet, burglary]);
    expect(data(force, "2008/09", "violence-with-injury")("Numerator")).toBe(vwi);
    expect([data(force, "2008/09", "violence-with-injury-detections")("Numerator"), data(force, "2008/09", "violence-with-injury-detections")("Denominator")]).toEqual([vwiDet, vwi]);
    expect([data(force, "2008/09", "serious-sexual-offence-detections")("Numerator"), data(force, "2008/09", "serious-sexual-offence-detections")("Denominator")]).toEqual([sexualDet, sexual]);
    expect(data(force, "2008/09", "drug-trafficking")("Numerator")).toBe(trafficking);
    expect(data(force, "2006/07", "violence-with-injury")("Numerator")).toBe(vwi0607);
    expect(data(force, "2007/08", "vehicle-crime")("Numerator")).toBe(vehicle0708);
    for (const id of ["robbery", "burglary", "burglary-detections", "drug-trafficking"]) expect(String(data(force, "2008/09", id)("Source"))).toMatch(/^Real: /);
    expect(String(data(force, "2007/08", "burglary-detections")("Source"))).toMatch(/^Illustrative: /);
  });

  // [force, population 2008/09, households (x1000), officers, staff, PCSOs at 31 March 2009, Band D 2006/07, Band D 2008/09,
  //  net expenditure per head 2008/09] from VfM 2010 funding per head and workforce, and VfM 2012 Populations.
  const finances: [string, number, number, number, number, number, number, number, number][] = [
    ["Kent", 1660100, 697967, 3798.62, 2619.79, 388.77, 116.37, 128.25, 207.568218782],
    ["Dyfed-Powys", 509900, 225912, 1197.2, 660.6, 82.1, 150.21, 165.51, 214.451853305],
    ["Essex", 1712300, 729265, 3484.36, 2168.69, 445.44, 110.97, 122.22, 176.349354669],
    ["Dorset", 710500, 311107, 1511.55, 1035.46, 154.66, 149.13, 164.25, 187.465165376],
    ["Metropolitan Police", 7611900, 3224883, 32610.39, 14416.69, 4593.93, 210.82, 223.6, 417.243657957],
    ["North Yorkshire", 794600, 342833, 1459.76, 1094.85, 172.58, 180, 193.37, 161.764409766],
    ["Cumbria", 496600, 222162, 1284.35, 836.45, 107.19, 163.08, 179.46, 220.082561418],
  ];
  it.each(finances)("%s: population, households, workforce, Band D and net revenue expenditure", (force, population, households, officers, staff, pcso, bandD0607, bandD0809, perHead) => {
    expect([forceRow(force, "2008/09")("Population"), forceRow(force, "2008/09")("Households")]).toEqual([population, households]);
    const f = finance(force, "2008/09");
    expect([f("Officer FTE"), f("Staff FTE"), f("PCSO FTE")]).toEqual([officers, staff, pcso]);
    expect(Number(f("Precept (£)")) / Number(f("Tax base (Band D equivalents)"))).toBeCloseTo(bandD0809, 2);
    const early = finance(force, "2006/07");
    expect(Number(early("Precept (£)")) / Number(early("Tax base (Band D equivalents)"))).toBeCloseTo(bandD0607, 2);
    // Net revenue expenditure is per head x population, rounded to the pound: back to per head within 1p.
    expect(Math.abs(Number(f("Net revenue expenditure (£)")) / population - perHead)).toBeLessThan(0.01);
  });

  it("applies the README's corrections: Essex officers and Dorset PCSOs at 31 March 2008, and names them in Source", () => {
    const essex = finance("Essex", "2007/08");
    expect(essex("Officer FTE")).toBe(3384.77);
    expect(String(essex("Source"))).toContain("Essex officers at 31 March 2008: 3,384.77");
    const dorset = finance("Dorset", "2007/08");
    expect(dorset("PCSO FTE")).toBe(150.86);
    expect(String(dorset("Source"))).toContain("Dorset PCSOs at 31 March 2008: 150.86");
    // Cumbria's 31 March 2008 officers: the VfM 2010 figure (1,196.12), not the revised 2012 one (1,244.43).
    expect(finance("Cumbria", "2007/08")("Officer FTE")).toBe(1196.12);
  });

  // [force, single confidence measure, things that matter (local concerns), high ASB, satisfaction, white, minority ethnic]:
  // VfM 2010 Section 4, 2008/09, as fractions x 100.
  const surveys: [string, number, number, number, number, number, number][] = [
    ["Kent", 48.8877716662, 50.94, 16.92, 84.7, 84.3, 79.9],
    ["Dyfed-Powys", 47.5120121675, 59.96, 10.9, 85.7, 80.5, 63.9],
    ["Essex", 52.4572235033, 56.41, 12.36, 83.1, 81.5, 75.3],
    ["Dorset", 49.0355153198, 61.52, 10.46, 86.8, 86.4, 83.7],
    ["Metropolitan Police", 49.3310171859, 54.22, 22.93, 77.7, 78.6, 74],
    ["North Yorkshire", 49.6655526251, 53.84, 7.97, 84.4, 87.4, 86.7],
    ["Cumbria", 54.9758581026, 58.5, 10.55, 84, 83.9, 82.2],
  ];
  it.each(surveys)("%s: the 2008/09 surveys", (force, confidence, matters, asb, satisfied, white, minority) => {
    expect(survey(force, "single-confidence-target")("Percentage")).toBeCloseTo(confidence, 8);
    expect(survey(force, "things-that-matter")("Percentage")).toBeCloseTo(matters, 8);
    expect(survey(force, "anti-social-behaviour")("Percentage")).toBeCloseTo(asb, 8);
    expect(survey(force, "satisfaction")("Percentage")).toBeCloseTo(satisfied, 8);
    const gap = survey(force, "comparative-satisfaction");
    expect([gap("Percentage"), gap("Minority ethnic percentage")]).toEqual([white, minority]);
    expect(String(gap("Source"))).toContain("sample size worked out from HMIC's published 95% interval");
  });

  it("works sample sizes out from the published intervals (by hand: n = 1.96² p(1-p) / h²)", () => {
    // Kent, confidence: p = 0.488877716662, h = 0.0438277742005; p(1-p) = 0.249876295, h² = 0.001920874;
    // 3.8416 x 0.249876295 / 0.001920874 = 499.73, so 500.
    expect(survey("Kent", "single-confidence-target")("Sample size")).toBe(500);
    // Dyfed-Powys, confidence: p = 0.475120121675, h = 0.0355849576237; 3.8416 x 0.249380992 / 0.001266289 = 756.56, so 757.
    expect(survey("Dyfed-Powys", "single-confidence-target")("Sample size")).toBe(757);
    // Kent, white victims: p = 0.843, h = 0.011; 3.8416 x 0.132351 / 0.000121 = 4201.98, so 4202;
    // minority ethnic: p = 0.799, h = 0.043; 3.8416 x 0.160599 / 0.001849 = 333.67, so 334.
    const gap = survey("Kent", "comparative-satisfaction");
    expect([gap("Sample size"), gap("Minority ethnic sample size")]).toEqual([4202, 334]);
    // The published interval already allows for the survey design, so the design effect is 1.
    expect(survey("Kent", "single-confidence-target")("Design effect")).toBe(1);
  });

  it("leaves the City of London without Band D or surveys, and says so", () => {
    const city = finance("City of London", "2008/09");
    expect([city("Precept (£)"), city("Tax base (Band D equivalents)")]).toEqual([null, null]);
    expect(String(city("Source"))).toContain("City of London: no police precept");
    expect(rowsWhere(sample, "Survey", { Force: "City of London" })).toHaveLength(0);
  });

  it("says on its Coverage sheet that 17 of the 25 data sets are real for 2008/09 (for all forces, or all but one)", () => {
    const coverage = readCoverage(sample);
    const real = realDataSets(coverage, "2008/09", 43);
    expect(real).toHaveLength(17);
    expect([...real].sort()).toEqual(
      ["anti-social-behaviour", "band-d", "burglary", "burglary-detections", "comparative-satisfaction", "cost-per-head", "criminal-damage", "drug-trafficking", "homicide", "robbery", "satisfaction", "serious-sexual-offence-detections", "single-confidence-target", "things-that-matter", "vehicle-crime", "violence-with-injury", "violence-with-injury-detections"].sort(),
    );
    expect(String(sample.about["Data sources"])).toMatch(/^17 of 25 data sets real for 2008\/09/);
  });
});

/** A CSV of ../shared/data/hmic read with a plain split (none of these files quotes a field), by column name. */
function csv(file: string): Record<string, string>[] {
  const [head = "", ...lines] = readFileSync(join(folder as string, file), "utf8").trim().split(/\r?\n/);
  const names = head.split(",");
  return lines.map((l) => Object.fromEntries(l.split(",").map((v, i) => [names[i] ?? "", v])));
}

(folder ? describe : describe.skip)("every real figure in the sample against its CSV value (needs ../shared/data)", () => {
  const at = (rows: Record<string, string>[], force: string, year: string, column: string, forceKey = "force", yearKey = "financial_year"): number => {
    const r = rows.find((x) => x[forceKey] === force && x[yearKey] === year);
    const v = r?.[column];
    if (v === undefined || v === "") return Number.NaN;
    return Number(v);
  };
  const dash = (year: string) => year.replace("/", "-");

  it("Data: every row whose Source says Real", () => {
    const ho = csv("ho_rec_crime_43forces_key_offences_fy2005-06_to_2009-10.csv");
    const trends = csv("hmic/hmic_vfm2012_crime_trends_2001_02_to_2011_12.csv");
    const byType = csv("hmic/hmic_vfm2012_recorded_crime_by_type_2008_09_and_2011_12.csv");
    const sd = csv("hmic/hmic_vfm2012_sanction_detections_by_type_2008_09_and_2011_12.csv");
    const assets = csv("hmic/hansard_asset_recovery_east_of_england_2003_2007.csv");
    const hoAt = (f: string, y: string, c: string) => at(ho, f, y, c, "pfa");
    const expected = (id: string, f: string, y: string): [number, number | null] => {
      const latest = y === "2008/09";
      switch (id) {
        case "burglary": return [latest ? at(byType, f, "2008-09", "recorded_domestic_burglary_total") : hoAt(f, y, "domestic_burglary"), null];
        case "robbery": return [latest ? at(byType, f, "2008-09", "recorded_robbery") : hoAt(f, y, "robbery"), null];
        case "vehicle-crime": return [at(trends, f, dash(y), "recorded_vehicle_crime"), null];
        case "violence-with-injury": return [at(trends, f, dash(y), "recorded_violence_with_injury"), null];
        case "criminal-damage": return [at(trends, f, dash(y), "recorded_criminal_damage_and_arson"), null];
        case "homicide": return [hoAt(f, y, "homicide"), null];
        case "burglary-detections": return [at(sd, f, "2008-09", "sd_domestic_burglary_total"), at(byType, f, "2008-09", "recorded_domestic_burglary_total")];
        case "violence-with-injury-detections": return [at(sd, f, "2008-09", "sd_violence_with_injury_total"), at(byType, f, "2008-09", "recorded_violence_with_injury_total")];
        case "serious-sexual-offence-detections": return [at(sd, f, "2008-09", "sd_all_sexual_offences"), at(byType, f, "2008-09", "recorded_all_sexual_offences")];
        case "drug-trafficking": return [at(byType, f, "2008-09", "recorded_trafficking_in_controlled_drugs_total"), null];
        case "asset-recovery": return [at(assets, f, dash(y), "value_cash_forfeiture_and_confiscation_orders_gbp"), null];
        default: throw new Error(`A row of ${id} says it is real, but no CSV gives ${id}`);
      }
    };
    const t = tableOf(sample, "Data");
    let checked = 0;
    for (const r of t.rows) {
      if (!String(cell(t, r, "Source")).startsWith("Real")) continue;
      const [force, year, id] = [String(cell(t, r, "Force")), String(cell(t, r, "Year")), String(cell(t, r, "Data set id"))];
      const [numerator, denominator] = expected(id, force, year);
      expect({ force, year, id, numerator: cell(t, r, "Numerator"), denominator: cell(t, r, "Denominator") }).toEqual({ force, year, id, numerator, denominator });
      checked++;
    }
    // 7 crime data sets x 43 forces x 3 years, 4 data sets x 43 for 2008/09, and the 6 East of England forces' asset recovery.
    expect(checked).toBe(6 * 43 * 3 + 4 * 43 + 6);
  });

  it("Forces, Finance and Survey: populations, households, workforce, net revenue expenditure, Band D and the surveys", () => {
    const funding = csv("hmic/hmic_vfm2010_funding_per_head_2005_2010.csv");
    const workforce = csv("hmic/hmic_vfm2010_workforce_fte_2005_2009.csv");
    const offences = csv("hmic/hmic_vfm2010_recorded_offences_2005_06_and_2008_09.csv");
    const households = csv("hmic/hmic_vfm2012_population_households.csv");
    const surveys = csv("hmic/hmic_vfm2010_confidence_satisfaction_2008_09.csv");
    const corrections: Record<string, number> = { "Essex|2007/08|police_officers_fte": 3384.77, "Dorset|2007/08|pcso_fte": 150.86 };
    const forces = tableOf(sample, "Forces");
    for (const r of forces.rows) {
      const [force, year] = [String(cell(forces, r, "Force")), String(cell(forces, r, "Population year"))];
      const fromFunding = at(funding, force, dash(year), "population");
      expect([force, year, cell(forces, r, "Population")]).toEqual([force, year, Number.isFinite(fromFunding) ? fromFunding : at(offences, force, "2008-09", "population_mid_2007")]);
      expect([force, cell(forces, r, "Households")]).toEqual([force, Math.round(Number(households.find((h) => h.force === force)?.households_thousands) * 1000)]);
    }
    const fin = tableOf(sample, "Finance");
    for (const r of fin.rows) {
      const [force, year] = [String(cell(fin, r, "Force")), String(cell(fin, r, "Year"))];
      const fte = (column: string) => corrections[`${force}|${year}|${column}`] ?? at(workforce, force, dash(year), column, "force", "financial_year_ending");
      expect([force, year, cell(fin, r, "Officer FTE"), cell(fin, r, "Staff FTE"), cell(fin, r, "PCSO FTE")]).toEqual([force, year, fte("police_officers_fte"), fte("police_staff_fte"), fte("pcso_fte")]);
      const bandD = at(funding, force, dash(year), "average_band_d_equivalent_council_tax_gbp");
      if (bandD > 0) expect([force, year, Math.round((Number(cell(fin, r, "Precept (£)")) / Number(cell(fin, r, "Tax base (Band D equivalents)"))) * 100) / 100]).toEqual([force, year, bandD]);
      else expect([force, year, cell(fin, r, "Precept (£)")]).toEqual([force, year, null]);
      const perHead = at(funding, force, dash(year), "net_expenditure_gbp_per_head");
      if (Number.isFinite(perHead)) expect(Math.abs(Number(cell(fin, r, "Net revenue expenditure (£)")) - perHead * at(funding, force, dash(year), "population"))).toBeLessThanOrEqual(0.5);
    }
    const columns: Record<string, [string, string]> = {
      "single-confidence-target": ["bcs_agree_police_and_councils_dealing_with_asb_and_crime", "bcs_agree_police_and_councils_dealing_with_asb_and_crime_ci"],
      "things-that-matter": ["bcs_agree_police_dealing_with_local_concerns", "bcs_agree_police_dealing_with_local_concerns_ci"],
      "anti-social-behaviour": ["bcs_perceive_high_level_asb", "bcs_perceive_high_level_asb_ci"],
      satisfaction: ["user_satisfaction_all_victims", "user_satisfaction_all_victims_ci"],
      "comparative-satisfaction": ["user_satisfaction_white_victims", "user_satisfaction_white_victims_ci"],
    };
    const size = (p: number, h: number) => Math.round((1.96 * 1.96 * p * (1 - p)) / (h * h));
    const sv = tableOf(sample, "Survey");
    let checked = 0;
    for (const r of sv.rows) {
      if (!String(cell(sv, r, "Source")).startsWith("Real")) continue;
      const [force, id] = [String(cell(sv, r, "Force")), String(cell(sv, r, "Data set id"))];
      const [value, ci] = columns[id] ?? ["", ""];
      const p = at(surveys, force, "2008-09", value, "force", "period");
      const h = at(surveys, force, "2008-09", ci, "force", "period");
      expect(Math.abs(Number(cell(sv, r, "Percentage")) - p * 100)).toBeLessThan(1e-9);
      expect([force, id, cell(sv, r, "Sample size")]).toEqual([force, id, size(p, h)]);
      if (id === "comparative-satisfaction") {
        const m = at(surveys, force, "2008-09", "user_satisfaction_bme_victims", "force", "period");
        expect(Math.abs(Number(cell(sv, r, "Minority ethnic percentage")) - m * 100)).toBeLessThan(1e-9);
        expect(cell(sv, r, "Minority ethnic sample size")).toBe(size(m, at(surveys, force, "2008-09", "user_satisfaction_bme_victims_ci", "force", "period")));
      }
      checked++;
    }
    expect(checked).toBe(42 * 5);
  });

  it("--real-only leaves every illustrative figure empty, and the workbook still has no errors", async () => {
    const read = await readSnapshot(Buffer.from(await newWorkbookBytes(samplePlan(readSharedData(folder as string), { realOnly: true }))));
    if (!read.ok) throw new Error("unreadable");
    const s = read.value;
    expect(countBySeverity(checkWorkbook(s)).errors).toBe(0);
    for (const sheet of ["Data", "Survey", "Evidence", "Actions"]) {
      const t = tableOf(s, sheet);
      expect([sheet, t.rows.filter((r) => /illustrative/i.test(String(cell(t, r, "Source") ?? "")) && r.some((v) => v !== null)).length]).toEqual([sheet, 0]);
    }
    const fin = tableOf(s, "Finance");
    for (const r of fin.rows) {
      expect([cell(fin, r, "Officer costs (£)"), cell(fin, r, "PCSO costs (£)"), cell(fin, r, "Staff costs (£)"), cell(fin, r, "CIPFA cost (£)")]).toEqual([null, null, null, null]);
    }
    // The real figures are those of the default sample.
    expect(one(s, "Data", { Force: "Kent", Year: "2008/09", "Data set id": "robbery" })("Numerator")).toBe(1015);
    expect(rowsWhere(s, "Data", { "Data set id": "road-casualties" })).toHaveLength(0);
    expect(String(s.about["Illustrative data"])).toBe("No");
    const coverage = readCoverage(s);
    expect(coverage.filter((c) => c.status === "illustrative")).toEqual([]);
    expect(realDataSets(coverage, "2008/09", 43)).toHaveLength(17);
  });
});

if (!folder) {
  describe("the check of every real figure against its CSV", () => {
    it("is skipped: ../shared/data (or RA_SHARED_DATA) is not here", () => {
      process.stdout.write("Skipped: ../shared/data is not here, so every real figure was not checked against its CSV (the hand spot checks ran).\n");
      expect(existsSync(join(root, "assets", "national-sample.xlsx"))).toBe(true);
    });
  });
}
