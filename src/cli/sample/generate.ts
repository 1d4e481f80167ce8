import { dataSets } from "../../engine/catalogue/dataSets";
import { domains } from "../../engine/catalogue/domains";
import { coverageCells, coverageSpec, newWorkbookPlan, numberFormatFor, realDataSets, threeYears, type CellValue, type CoverageStatus, type WritePlan } from "../../engine/workbook";
import { CoverageLog } from "./coverageLog";
import { derivedGroupRows, GROUP_METHOD } from "./groups";
import { hmicYear, realFigures, round, workforceAt, type RealFigures } from "./real";
import { SAMPLE_SEED, SeededRandom } from "./random";
import { sampleSizeFromInterval } from "./sampleSize";
import type { SharedData } from "./sharedData";

export const SAMPLE_YEAR = "2008/09";

/** How the sample is built: with illustrative figures where no real one exists (the default), or real figures only. */
export interface SampleOptions {
  /** Leave every figure that would be illustrative empty (no row in Data and Survey, a blank cell in Finance). */
  readonly realOnly?: boolean;
}

const ILLUSTRATIVE = `Illustrative: generated with seed ${SAMPLE_SEED}, not official`;
const VFM2010 = "HMIC Value for Money 2010 data";
const VFM2012 = "HMIC Value for Money 2012 data";
const HO_CRIME = "Home Office recorded crime by PFA (ho_rec_crime_43forces_key_offences_fy2005-06_to_2009-10)";

const SOURCES = {
  population: `${VFM2010}, funding per head (population HMIC used for the year)`,
  population2007: `${VFM2010}, Section 3 population (mid 2007), as the funding file has none for 2007/08`,
  households: `${VFM2012}, Populations sheet (households, about 2010, year unstated), used for every year`,
  trends: `${VFM2012}, Crime_trends (2011/12 groupings applied backwards)`,
  byType: `${VFM2012}, Snapshot_crime 2008/09`,
  detections: `${VFM2012}, Snapshot_SD 2008/09 (sanction detections) over Snapshot_crime 2008/09 (offences)`,
  surveys: `${VFM2010}, Section 4 (2008/09); sample size worked out from HMIC's published 95% interval, n = 1.96² p(1-p) / h², an effective size, so design effect 1`,
  assets: "Hansard written answer, 22 October 2007, cols 156W-158W: cash forfeiture and confiscation orders (East of England forces only)",
} as const;

/** Data sets in Data that are offences per population or households: where each year's count comes from. */
const crimeSeries: Record<string, { trend?: string; byType?: string; ho: string; sourceNote?: string }> = {
  burglary: { byType: "recorded_domestic_burglary_total", ho: "domestic_burglary", sourceNote: "domestic burglary" },
  robbery: { byType: "recorded_robbery", ho: "robbery" },
  "vehicle-crime": { trend: "recorded_vehicle_crime", ho: "vehicle_offences" },
  "violence-with-injury": { trend: "recorded_violence_with_injury", ho: "violence_with_injury" },
  "criminal-damage": { trend: "recorded_criminal_damage_and_arson", ho: "criminal_damage_and_arson" },
  homicide: { ho: "homicide" },
};

/** Detection data sets: HMIC's 2008/09 sanction detections and offences, and the offences of earlier years. */
const detectionSeries: Record<string, { sd: string; offences: string; earlier: (r: RealFigures, force: string, year: string) => number; what: string }> = {
  "burglary-detections": { sd: "sd_domestic_burglary_total", offences: "recorded_domestic_burglary_total", earlier: (r, f, y) => r.crime.value(f, y, "domestic_burglary"), what: "domestic burglary" },
  "violence-with-injury-detections": { sd: "sd_violence_with_injury_total", offences: "recorded_violence_with_injury_total", earlier: (r, f, y) => r.trends.value(f, hmicYear(y), "recorded_violence_with_injury"), what: "violence with injury" },
  "serious-sexual-offence-detections": { sd: "sd_all_sexual_offences", offences: "recorded_all_sexual_offences", earlier: (r, f, y) => r.crime.value(f, y, "sexual_offences"), what: "all sexual offences (2011/12 classification), a wider group than serious ones" },
};

/** Survey data sets: HMIC's 2008/09 column and its interval column. */
export const surveyColumns: Record<string, { value: string; ci: string; what: string }> = {
  "single-confidence-target": { value: "bcs_agree_police_and_councils_dealing_with_asb_and_crime", ci: "bcs_agree_police_and_councils_dealing_with_asb_and_crime_ci", what: "BCS: police and councils dealing with the ASB and crime issues that matter" },
  "things-that-matter": { value: "bcs_agree_police_dealing_with_local_concerns", ci: "bcs_agree_police_dealing_with_local_concerns_ci", what: "BCS: police dealing with local concerns" },
  "anti-social-behaviour": { value: "bcs_perceive_high_level_asb", ci: "bcs_perceive_high_level_asb_ci", what: "BCS: perceive a high level of anti-social behaviour" },
  satisfaction: { value: "user_satisfaction_all_victims", ci: "user_satisfaction_all_victims_ci", what: "user satisfaction, all victims" },
};

interface Force {
  readonly name: string;
  readonly region: string;
}

/**
 * The national sample's rows, by template table, and its coverage: all 43 forces, 2008/09 and the two
 * years before. Real figures come from HMIC's Value for Money data and the Home Office's recorded
 * crime in ../shared/data, with the README's corrections; each row's Source says which. Where no real
 * figure exists the default sample generates one with a fixed seed and labels it "Illustrative" in
 * the row's Source (for Finance, naming the illustrative cells); `realOnly` leaves those empty.
 */
export function sampleRows(data: SharedData, options: SampleOptions = {}): { rows: Record<string, CellValue[][]>; coverage: CoverageLog } {
  const realOnly = options.realOnly === true;
  const rng = new SeededRandom(SAMPLE_SEED);
  const real = realFigures(data);
  const years = threeYears(SAMPLE_YEAR);
  const forces: Force[] = [...new Map(data.crime.rows.map((r) => [r.pfa ?? "", { name: r.pfa ?? "", region: r.region ?? "" }])).values()].sort((a, b) => a.name.localeCompare(b.name, "en-GB"));
  const log = new CoverageLog(forces.length);
  const illustrativeStatus: CoverageStatus = realOnly ? "missing" : "illustrative";
  const illustrativeSource = realOnly ? "No real figure; left empty (ra sample --real-only)" : ILLUSTRATIVE;
  const must = (v: number, what: string) => {
    if (!Number.isFinite(v)) throw new Error(`No ${what}`);
    return v;
  };

  const forcesRows: CellValue[][] = [];
  const dataRows: CellValue[][] = [];
  const financeRows: CellValue[][] = [];
  const surveyRows: CellValue[][] = [];

  for (const f of forces) {
    const households = Math.round(must(real.households.value(f.name, f.name, "households_thousands"), `households for ${f.name}`) * 1000);
    const isCity = f.name === "City of London";
    // Tax base of 2008/09, for the one year whose precept is not in the data (see Band D below).
    const taxBase2008 = (real.funding.value(f.name, "2008-09", "council_tax_gbp_per_head") * real.funding.value(f.name, "2008-09", "population")) / real.funding.value(f.name, "2008-09", "average_band_d_equivalent_council_tax_gbp");
    for (const year of years) {
      const hy = hmicYear(year);
      const fundingPopulation = real.funding.value(f.name, hy, "population");
      const population = Number.isFinite(fundingPopulation) ? fundingPopulation : must(real.offences2010.value(f.name, "2008-09", "population_mid_2007"), `population for ${f.name} ${year}`);
      forcesRows.push([f.name, f.region, population, year, households, year, `Real. Population: ${Number.isFinite(fundingPopulation) ? SOURCES.population : SOURCES.population2007}. Households: ${SOURCES.households}`, null, null]);

      // Data: recorded crime and serious harm.
      for (const ds of dataSets.filter((d) => d.table === "Data")) {
        const put = (numerator: number, denominator: number | null, status: CoverageStatus, source: string, coverageSource = source) => {
          log.record(ds.id, year, f.name, status, coverageSource);
          if (status !== "missing") dataRows.push([f.name, year, ds.id, numerator, denominator, source]);
        };
        const series = crimeSeries[ds.id];
        const detection = detectionSeries[ds.id];
        if (series) {
          const fromTrend = series.trend ? real.trends.value(f.name, hy, series.trend) : Number.NaN;
          const fromType = series.byType && year === SAMPLE_YEAR ? real.byType.value(f.name, hy, series.byType) : Number.NaN;
          const [value, source] = Number.isFinite(fromTrend) ? [fromTrend, SOURCES.trends] : Number.isFinite(fromType) ? [fromType, SOURCES.byType] : [real.crime.value(f.name, year, series.ho), HO_CRIME];
          const denominatorNote = ds.id === "burglary" ? `; households: ${SOURCES.households}` : "";
          put(must(value, `${ds.id} for ${f.name} ${year}`), null, "real", `Real: ${source}${series.sourceNote ? `, ${series.sourceNote}` : ""}${denominatorNote}`, `Real: ${source}`);
        } else if (detection) {
          const sd = real.detections.value(f.name, "2008-09", detection.sd);
          const offences2008 = real.byType.value(f.name, "2008-09", detection.offences);
          if (year === SAMPLE_YEAR) {
            put(must(sd, `${ds.id} for ${f.name}`), must(offences2008, `offences for ${f.name}`), "real", `Real: ${SOURCES.detections}, ${detection.what}`, `Real: ${SOURCES.detections}`);
          } else {
            const offences = must(detection.earlier(real, f.name, year), `${ds.id} offences for ${f.name} ${year}`);
            const detected = Math.min(offences, Math.round(offences * (sd / offences2008) * rng.vary(1, 0.12)));
            put(detected, offences, illustrativeStatus, `Illustrative: detections generated with seed ${SAMPLE_SEED} around the force's real 2008/09 rate, not official; offences real (${year === SAMPLE_YEAR ? SOURCES.byType : HO_CRIME})`, illustrativeSource);
          }
        } else if (ds.id === "drug-trafficking") {
          const trafficking2008 = must(real.byType.value(f.name, "2008-09", "recorded_trafficking_in_controlled_drugs_total"), `trafficking for ${f.name}`);
          if (year === SAMPLE_YEAR) put(trafficking2008, null, "real", `Real: ${SOURCES.byType}, trafficking in controlled drugs (recorded offences, found by police action)`, `Real: ${SOURCES.byType}`);
          else put(Math.round(trafficking2008 * rng.vary(1, 0.15)), null, illustrativeStatus, `Illustrative: generated with seed ${SAMPLE_SEED} around the force's real 2008/09 count, not official`, illustrativeSource);
        } else if (ds.id === "asset-recovery") {
          const orders = year === "2006/07" ? real.assets.value(f.name, hy, "value_cash_forfeiture_and_confiscation_orders_gbp") : Number.NaN;
          if (Number.isFinite(orders)) put(orders, null, "real", `Real: ${SOURCES.assets}`);
          else put(round(rng.vary(0.35 * population, 0.6), 2), null, illustrativeStatus, ILLUSTRATIVE, illustrativeSource);
        } else {
          const robberyLevel = real.crime.value(f.name, SAMPLE_YEAR, "robbery") / population / 0.0015;
          const rate: Record<string, number> = { "road-casualties": 45e-5, "gun-crime": 15e-5 * Math.min(3, robberyLevel), "knife-crime": 50e-5 * Math.min(3, robberyLevel) };
          const perHead = rate[ds.id];
          if (perHead === undefined) throw new Error(`The sample has no rule for data set ${ds.id}`);
          put(Math.round(rng.vary(perHead * population, 0.25)), null, illustrativeStatus, ILLUSTRATIVE, illustrativeSource);
        }
      }

      // Finance: workforce (real), costs (illustrative), Band D and net revenue expenditure (real).
      const officers = workforceAt(real, f.name, year, "police_officers_fte");
      const staff = workforceAt(real, f.name, year, "police_staff_fte");
      const pcso = workforceAt(real, f.name, year, "pcso_fte");
      const corrections = [officers, staff, pcso].flatMap((w) => (w.correction ? [w.correction] : []));
      const perFte = (costColumn: string, fteColumn: string) => (real.budget.value(f.name, "2009-10", costColumn) * 1000) / real.workforce.value(f.name, "2008-09", fteColumn);
      const back = 1.03 ** (years.indexOf(year) - 3);
      const cost = (fte: number, budgetPerFte: number) => (realOnly ? null : round(fte * budgetPerFte * back * rng.vary(1, 0.02), 0));
      const perHead = real.funding.value(f.name, hy, "net_expenditure_gbp_per_head");
      const councilTaxPerHead = real.funding.value(f.name, hy, "council_tax_gbp_per_head");
      const bandD = real.funding.value(f.name, hy, "average_band_d_equivalent_council_tax_gbp");
      const nreReal = Number.isFinite(perHead) ? round(perHead * fundingPopulation, 0) : null;
      const nearby = [real.funding.value(f.name, "2006-07", "net_expenditure_gbp_per_head"), real.funding.value(f.name, "2008-09", "net_expenditure_gbp_per_head")];
      const nre = nreReal ?? (realOnly ? null : round(((nearby[0] ?? 0) + (nearby[1] ?? 0)) / 2 * population * rng.vary(1, 0.01), 0));
      const hasBandD = !isCity && bandD > 0;
      const precept = hasBandD ? round(Number.isFinite(councilTaxPerHead) ? councilTaxPerHead * fundingPopulation : bandD * taxBase2008, 0) : null;
      const taxBase = hasBandD && precept !== null ? round(precept / bandD, 3) : null;
      const cipfa = realOnly || nre === null ? null : round(nre * rng.between(0.18, 0.3), 0);
      financeRows.push([
        f.name, year,
        cost(officers.value, perFte("workforce_cost_police_officers_gbp000", "police_officers_fte")), must(officers.value, `officers for ${f.name} ${year}`),
        cost(pcso.value, perFte("workforce_cost_pcso_gbp000", "pcso_fte")), must(pcso.value, `PCSOs for ${f.name} ${year}`),
        cost(staff.value, perFte("workforce_cost_police_staff_gbp000", "police_staff_fte")), must(staff.value, `staff for ${f.name} ${year}`),
        precept, taxBase, nre,
        cipfa === null ? null : "Neighbourhood policing", cipfa,
        realOnly ? null : "Illustrative: the force's 2009-10 budgeted workforce costs per FTE, taken back 3% a year",
        [
          `Real: officer, staff and PCSO FTE at 31 March ${Number(year.slice(0, 4)) + 1} (${VFM2010}, workforce volumes)${corrections.length > 0 ? `, corrected: ${corrections.join("; ")}` : ""}`,
          nreReal !== null ? `net revenue expenditure = HMIC £ per head x population (${VFM2010}, funding per head)` : "",
          hasBandD
            ? Number.isFinite(councilTaxPerHead)
              ? `Band D (${VFM2010}); precept = council tax £ per head x population, tax base = precept / Band D`
              : `Band D (${VFM2010}); tax base taken as 2008/09's, precept = Band D x tax base (no 2007/08 council tax in the data)`
            : "",
          realOnly
            ? `Left empty: officer, PCSO and staff costs, CIPFA${nreReal === null ? ", net revenue expenditure" : ""}${hasBandD ? "" : ", precept and tax base (City of London: no police precept)"}`
            : `Illustrative (seed ${SAMPLE_SEED}, not official): officer, PCSO and staff costs, CIPFA cost${nreReal === null ? ", net revenue expenditure (no figure for this year: the mean per head of the years either side)" : ""}${hasBandD ? "" : "; missing: precept and tax base (City of London: no police precept)"}`,
        ].filter((s) => s !== "").join(". "),
      ]);
      for (const id of ["cost-per-officer", "cost-per-pcso", "cost-per-staff", "cipfa"]) log.record(id, year, f.name, illustrativeStatus, illustrativeSource);
      log.record("band-d", year, f.name, hasBandD ? "real" : "missing", hasBandD ? `Real: ${VFM2010}, average Band D` : "Missing: City of London has no police precept");
      log.record("cost-per-head", year, f.name, nreReal !== null ? "real" : illustrativeStatus, nreReal !== null ? `Real: ${VFM2010}, net expenditure £ per head` : illustrativeSource);

      // Survey: confidence and satisfaction.
      const surveyPut = (id: string, status: CoverageStatus, cells: CellValue[], source: string, coverageSource = source) => {
        log.record(id, year, f.name, status, coverageSource);
        if (status !== "missing") surveyRows.push([f.name, year, id, ...cells, source]);
      };
      const figure = (column: string) => real.surveys.value(f.name, "2008-09", column);
      for (const [id, c] of Object.entries(surveyColumns)) {
        const p = figure(c.value);
        const n = sampleSizeFromInterval(p, figure(c.ci));
        if (isCity || n === undefined) {
          surveyPut(id, "missing", [], "Missing: no survey figure for the City of London");
        } else if (year === SAMPLE_YEAR) {
          surveyPut(id, "real", [round(p * 100, 10), n, 1, null, null], `Real: ${SOURCES.surveys}; ${c.what}`, `Real: ${SOURCES.surveys}`);
        } else {
          surveyPut(id, illustrativeStatus, [round(Math.min(99, Math.max(1, p * 100 + rng.between(-3, 3))), 1), n, 1, null, null], `${ILLUSTRATIVE}: around the force's real 2008/09 figure`, illustrativeSource);
        }
      }
      const white = figure("user_satisfaction_white_victims");
      const minority = figure("user_satisfaction_bme_victims");
      const nWhite = sampleSizeFromInterval(white, figure("user_satisfaction_white_victims_ci"));
      const nMinority = sampleSizeFromInterval(minority, figure("user_satisfaction_bme_victims_ci"));
      if (isCity || nWhite === undefined || nMinority === undefined) {
        surveyPut("comparative-satisfaction", "missing", [], "Missing: no survey figure for the City of London");
      } else if (year === SAMPLE_YEAR) {
        surveyPut("comparative-satisfaction", "real", [round(white * 100, 10), nWhite, 1, round(minority * 100, 10), nMinority], `Real: ${SOURCES.surveys}; user satisfaction of white (Percentage) and minority ethnic victims`, `Real: ${SOURCES.surveys}`);
      } else {
        surveyPut("comparative-satisfaction", illustrativeStatus, [round(white * 100 + rng.between(-3, 3), 1), nWhite, 1, round(Math.min(99, minority * 100 + rng.between(-6, 6)), 1), nMinority], `${ILLUSTRATIVE}: around the force's real 2008/09 figures`, illustrativeSource);
      }
    }
  }

  const msgRows = derivedGroupRows(forces.map((f) => f.name), data.funding, data.households, SAMPLE_YEAR);
  const { evidence, actions } = realOnly ? { evidence: [], actions: [] } : illustrativeEvidence(rng, forces);
  return { rows: { Forces: forcesRows, MSG: msgRows, Data: dataRows, Finance: financeRows, Survey: surveyRows, Evidence: evidence, Actions: actions }, coverage: log };
}

/** Illustrative judgements; most areas needing improvement have an action, a few do not. */
function illustrativeEvidence(rng: SeededRandom, forces: readonly Force[]): { evidence: CellValue[][]; actions: CellValue[][] } {
  const evidence: CellValue[][] = [];
  const actions: CellValue[][] = [];
  const domainName = (id: string) => domains.find((d) => d.id === id)?.name ?? id;
  const source = `${ILLUSTRATIVE}: not a real inspection finding`;
  for (const f of forces) {
    const rows: [string, string, string, string][] = [
      ["local-crime", "Neighbourhood Policing judgement", rng.pick([["Excellent", 1], ["Good", 6], ["Fair", 3], ["Poor", 1]] as const), "Neighbourhood policing inspection"],
      ["serious-harm", "Major crime", rng.pick([["Meeting the standard", 9], ["Not meeting the standard", 1]] as const), "Protective services inspection"],
      ["serious-harm", "Registered sex offenders", rng.pick([["Good", 6], ["Fair", 3], ["Poor", 1]] as const), "Management of registered sex offenders"],
      ["confidence", "Policing Pledge", rng.pick([["Good", 6], ["Fair", 3], ["Poor", 1]] as const), "Policing Pledge inspection"],
    ];
    const flag = rng.next();
    if (flag < 0.12) rows.push([rng.pick([["local-crime", 1], ["serious-harm", 1], ["confidence", 1]] as const), "CAA red flag", "", "Comprehensive Area Assessment concern"]);
    else if (flag > 0.88) rows.push([rng.pick([["local-crime", 1], ["serious-harm", 1], ["confidence", 1]] as const), "CAA green flag", "", "Comprehensive Area Assessment: exceptional work"]);
    for (const [domain, kind, judgement, detail] of rows) {
      evidence.push([f.name, domainName(domain), kind, judgement === "" ? null : judgement, detail, source]);
      const needs = kind === "CAA red flag" || ["Poor", "Not meeting the standard"].includes(judgement);
      if (needs && rng.next() < 0.8) actions.push([f.name, domainName(domain), `Improvement plan for ${kind.toLowerCase()}`, "Assistant Chief Constable", "2009/10"]);
    }
    actions.push([f.name, domainName("local-crime"), "Neighbourhood teams to publish local priorities every quarter", "Chief Superintendent, Territorial Policing", "2009/10"]);
  }
  return { evidence, actions };
}

/** The line that says how much of the sample is real, as About, the assess command and the methods page put it. */
export function coverageLine(real: number, total: number, year: string): string {
  return `${real} of ${total} data sets real for ${year} (for all forces, or all but one)`;
}

/** The plan that writes the national sample workbook, with its Coverage sheet. */
export function samplePlan(data: SharedData, options: SampleOptions = {}): WritePlan {
  const { rows, coverage } = sampleRows(data, options);
  const coverageRows = coverage.rows();
  const forceCount = new Set(rows.Forces?.map((r) => r[0])).size;
  const realCount = realDataSets(coverageRows, SAMPLE_YEAR, forceCount).length;
  const plan = newWorkbookPlan(
    {
      assessmentYear: SAMPLE_YEAR,
      preparedBy: `Rounded Assessment national sample generator (ra sample${options.realOnly ? " --real-only" : ""})`,
      dataSources:
        `${coverageLine(realCount, dataSets.length, SAMPLE_YEAR)}; the Coverage sheet says, per data set and year, what is real, illustrative or missing. ` +
        "Real: HMIC Value for Money data 2010 and 2012 (populations, workforce, net revenue expenditure, Band D, crime, 2008/09 sanction detections and surveys), Home Office recorded crime (homicide; robbery, domestic burglary and sexual offences before 2008/09), Hansard (asset recovery, East of England, 2006/07). " +
        "Corrections: Essex officers and Dorset PCSOs at 31 March 2008 (see Finance Source). " +
        (options.realOnly
          ? "Every figure with no real source is left empty. "
          : `Illustrative (seed ${SAMPLE_SEED}, labelled in each row's Source): costs per officer, PCSO and staff, CIPFA, road casualties, gun and knife crime, most asset recovery, detections, drug trafficking and surveys before 2008/09, evidence and actions. `) +
        `MSG: ${GROUP_METHOD}`,
      illustrative: !options.realOnly,
      comments: "Illustrative sample: a real workbook says here who the public write to. Write to the Rounded Assessment team, comments@example.org",
    },
    rows,
  );
  return {
    ...plan,
    createSheets: [...plan.createSheets, coverageSpec.sheet],
    tables: [
      ...plan.tables,
      {
        sheet: coverageSpec.sheet,
        name: coverageSpec.name,
        topLeft: "A1",
        columns: coverageSpec.columns.map((c) => c.name),
        rows: coverageCells(coverageRows),
        numberFormats: coverageSpec.columns.map(numberFormatFor),
        widths: [28, 10, 14, 8, 40, 60],
      },
    ],
  };
}
