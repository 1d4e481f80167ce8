import { similarForces } from "../../engine/compare";
import { dataSets } from "../../engine/catalogue/dataSets";
import { domains } from "../../engine/catalogue/domains";
import { sameForce } from "../../engine/forces/names";
import { newWorkbookPlan, threeYears, type CellValue, type WritePlan } from "../../engine/workbook";
import { SAMPLE_SEED, SeededRandom } from "./random";
import type { SharedData } from "./sharedData";

export const SAMPLE_YEAR = "2008/09";
/** People per household used to derive households from population (illustrative; about the 2009 figure for England and Wales). */
export const PEOPLE_PER_HOUSEHOLD = 2.36;

const ILLUSTRATIVE = `Illustrative: generated with seed ${SAMPLE_SEED}, not official`;
const CRIME = "Real: Home Office recorded crime by PFA (offence groups as classified around 2018, earlier years re-based)";

const crimeColumn: Record<string, string> = {
  burglary: "domestic_burglary",
  robbery: "robbery",
  "vehicle-crime": "vehicle_offences",
  "violence-with-injury": "violence_with_injury",
  "criminal-damage": "criminal_damage_and_arson",
  homicide: "homicide",
};

interface Force {
  name: string;
  region: string;
  population: number;
  crime: Map<string, Record<string, string>>;
}

const slug = (name: string) => name.toLowerCase().replace(/&/g, "and").replace(/[^a-z]+/g, "-").replace(/^-|-$/g, "").replace(/-police$/, "");
const num = (text: string | undefined) => (text === undefined || text.trim() === "" ? Number.NaN : Number(text.replace(/,/g, "")));
const round = (x: number, places = 0) => Math.round(x * 10 ** places) / 10 ** places;

function forcesOf(data: SharedData, years: readonly string[]): Force[] {
  const population = new Map(data.population.rows.map((r) => [r.id ?? "", num(r.population_2010)]));
  const byName = new Map<string, Force>();
  for (const row of data.crime.rows) {
    const name = row.pfa ?? "";
    if (!years.includes(row.financial_year ?? "")) continue;
    let force = byName.get(name);
    if (!force) {
      const p = population.get(slug(name));
      if (p === undefined || !Number.isFinite(p)) throw new Error(`No 2010 population for ${name} (id ${slug(name)})`);
      force = { name, region: row.region ?? "", population: p, crime: new Map() };
      byName.set(name, force);
    }
    force.crime.set(row.financial_year ?? "", row);
  }
  return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name, "en-GB"));
}

function nationalRate(data: SharedData, group: string, fallback: number): number {
  const row = data.detections.rows.find((r) => (r.offence_group ?? "").toLowerCase() === group.toLowerCase());
  const v = num(row?.sanction_detection_rate_pct_2006_07);
  return Number.isFinite(v) ? v / 100 : fallback;
}

/**
 * The national sample's rows, by template table: all 43 forces, the assessment year 2008/09 and the
 * two years before. Real: recorded crime counts and the 2010 populations (carried back), 2006 PCSO
 * strength per 100,000 and Yorkshire Band D precepts; everything else generated with a fixed seed and
 * labelled illustrative in its Source column.
 */
export function sampleRows(data: SharedData): Record<string, CellValue[][]> {
  const rng = new SeededRandom(SAMPLE_SEED);
  const years = threeYears(SAMPLE_YEAR);
  const forces = forcesOf(data, years);
  const count = (f: Force, year: string, column: string) => {
    const v = num(f.crime.get(year)?.[column]);
    if (!Number.isFinite(v)) throw new Error(`No ${column} for ${f.name} in ${year}`);
    return v;
  };

  const forcesRows: CellValue[][] = [];
  const dataRows: CellValue[][] = [];
  const financeRows: CellValue[][] = [];
  const surveyRows: CellValue[][] = [];
  const burglaryRate = nationalRate(data, "Burglary", 0.14);
  const violenceRate = nationalRate(data, "Violence against the person", 0.46);
  const sexualRate = nationalRate(data, "Sexual offences", 0.3);
  const nreRow = [...data.nre.rows].reverse().find((r) => Number.isFinite(num(r.police_authority_net_revenue_expenditure_gbp_m)));
  const nationalPopulation = forces.reduce((s, f) => s + f.population, 0);
  const nrePerHead = nreRow ? (num(nreRow.police_authority_net_revenue_expenditure_gbp_m) * 1e6) / nationalPopulation : 200;

  for (const f of forces) {
    const households = Math.round(f.population / PEOPLE_PER_HOUSEHOLD);
    const isCity = sameForce(f.name, "City of London");
    const isMet = sameForce(f.name, "Metropolitan Police");
    const officersPerHead = isMet ? 0.0042 : isCity ? 850 / f.population : rng.between(0.0019, 0.0027);
    const pcsoRow = data.pcso.rows.find((r) => sameForce(r.police_force ?? "", f.name) || ((isMet || isCity) && (r.police_force ?? "").startsWith("London")));
    const pcsoPer100k = num(pcsoRow?.pcso_fte_per_100000_population);
    const bandDRow = data.bandD.rows.find((r) => (r.police_authority ?? "").toLowerCase().startsWith(f.name.toLowerCase() + " police"));
    const bandD2008 = rng.between(110, 190);
    const crimeLevel = count(f, SAMPLE_YEAR, "robbery") / f.population / 0.0015;
    for (const [yi, year] of years.entries()) {
      forcesRows.push([f.name, f.region, f.population, year, households, year, `Population: 2010 figure (datasets/crime-uk, realigned), carried back to ${year}; households: population / ${PEOPLE_PER_HOUSEHOLD} (illustrative)`, null, null]);
      for (const ds of dataSets.filter((d) => d.table === "Data")) {
        const column = crimeColumn[ds.id];
        if (column) {
          dataRows.push([f.name, year, ds.id, count(f, year, column), null, CRIME]);
          continue;
        }
        const per = (rate: number) => Math.round(rng.vary(rate * f.population, 0.25));
        switch (ds.id) {
          case "burglary-detections": {
            const offences = count(f, year, "domestic_burglary");
            dataRows.push([f.name, year, ds.id, Math.round(offences * rng.vary(burglaryRate, 0.3)), offences, `Detections: ${ILLUSTRATIVE}; offences real`]);
            break;
          }
          case "violence-with-injury-detections": {
            const offences = count(f, year, "violence_with_injury");
            dataRows.push([f.name, year, ds.id, Math.round(offences * rng.vary(violenceRate, 0.2)), offences, `Detections: ${ILLUSTRATIVE}; offences real`]);
            break;
          }
          case "serious-sexual-offence-detections": {
            const offences = count(f, year, "sexual_offences");
            dataRows.push([f.name, year, ds.id, Math.round(offences * rng.vary(sexualRate, 0.25)), offences, `Detections: ${ILLUSTRATIVE}; offences real but all sexual offences, a wider group than serious ones`]);
            break;
          }
          case "road-casualties":
            dataRows.push([f.name, year, ds.id, per(45e-5), null, ILLUSTRATIVE]);
            break;
          case "asset-recovery":
            dataRows.push([f.name, year, ds.id, round(rng.vary(0.35 * f.population, 0.6), 2), null, ILLUSTRATIVE]);
            break;
          case "drug-trafficking":
            dataRows.push([f.name, year, ds.id, per(0.45e-3), null, ILLUSTRATIVE]);
            break;
          case "gun-crime":
            dataRows.push([f.name, year, ds.id, per(15e-5 * Math.min(3, crimeLevel)), null, ILLUSTRATIVE]);
            break;
          case "knife-crime":
            dataRows.push([f.name, year, ds.id, per(50e-5 * Math.min(3, crimeLevel)), null, ILLUSTRATIVE]);
            break;
          default:
            throw new Error(`The sample has no rule for data set ${ds.id}`);
        }
      }
      const growth = 1.04 ** (yi - 2);
      const officers = round(f.population * officersPerHead * rng.vary(1, 0.02), 1);
      const pcso = round(Math.max(5, ((Number.isFinite(pcsoPer100k) ? pcsoPer100k : 10) * f.population) / 1e5) * (1.2 + 0.15 * yi) * rng.vary(1, 0.05), 1);
      const staff = round(officers * rng.between(0.45, 0.65), 1);
      const taxBase = round(households * rng.between(0.75, 0.95), 1);
      const bandDReal = bandDRow ? num(bandDRow[`band_d_gbp_${year.replace("/", "_")}`]) : Number.NaN;
      const bandD = Number.isFinite(bandDReal) ? bandDReal : round(bandD2008 * growth, 2);
      const nre = round(f.population * nrePerHead * rng.vary(1, 0.1) * growth * (isCity ? 20 : isMet ? 1.6 : 1), 0);
      financeRows.push([
        f.name, year,
        round(officers * rng.vary(55_000, 0.05) * growth, 0), officers,
        round(pcso * rng.vary(32_000, 0.05) * growth, 0), pcso,
        round(staff * rng.vary(30_000, 0.05) * growth, 0), staff,
        round(bandD * taxBase, 0), taxBase,
        nre, "Neighbourhood policing", round(nre * rng.between(0.18, 0.3), 0),
        "Pay, overtime and employer pension contributions (illustrative)",
        Number.isFinite(bandDReal)
          ? `Band D real (Hansard written answer 16 March 2010), precept = Band D x tax base; tax base and all other figures ${ILLUSTRATIVE}`
          : `${ILLUSTRATIVE}; PCSO strength scaled from the real 2006 PCSOs per 100,000`,
      ]);
      const bcsSample = isCity ? Math.round(rng.between(80, 99)) : Math.round(rng.between(500, 1200));
      const survey: [string, number, number, number | null][] = [
        ["single-confidence-target", rng.between(40, 58), bcsSample, 1.2],
        ["satisfaction", rng.between(76, 88), Math.round(rng.between(1500, 3200)), null],
        ["comparative-satisfaction", rng.between(-2, 9), Math.round(rng.between(1500, 3200)), null],
        ["anti-social-behaviour", rng.between(9, 26), bcsSample, 1.2],
        ["things-that-matter", rng.between(42, 60), bcsSample, 1.2],
      ];
      for (const [id, pct, n, deff] of survey) surveyRows.push([f.name, year, id, round(pct, 1), n, deff, ILLUSTRATIVE]);
    }
  }

  // Most Similar Groups: derived from this sample's own 2008/09 crime rates and size (no official list was found).
  const variables = forces.map((f) => ({
    force: f.name,
    values: ["domestic_burglary", "robbery", "vehicle_offences", "violence_with_injury", "criminal_damage_and_arson"].map((c) => count(f, SAMPLE_YEAR, c) / f.population).concat([Math.log(f.population)]),
  }));
  const msgRows: CellValue[][] = [];
  for (const f of forces) {
    const derived = similarForces(f.name, variables, 7);
    if (!derived.ok) throw new Error(`Could not derive a group for ${f.name}`);
    for (const peer of derived.value.group.peers) msgRows.push([f.name, peer, SAMPLE_YEAR, "derived"]);
  }

  // Evidence and actions: illustrative judgements; most areas needing improvement have an action, a few do not.
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
  return { Forces: forcesRows, MSG: msgRows, Data: dataRows, Finance: financeRows, Survey: surveyRows, Evidence: evidence, Actions: actions };
}

/** The plan that writes the national sample workbook. */
export function samplePlan(data: SharedData): WritePlan {
  return newWorkbookPlan(
    {
      assessmentYear: SAMPLE_YEAR,
      preparedBy: "Rounded Assessment national sample generator (ra sample)",
      dataSources:
        "Real: Home Office recorded crime by police force area 2006/07-2008/09; 2010 populations by force (carried back to earlier years); Band D precepts for the four Yorkshire and Humber authorities (Hansard, 16 March 2010); PCSOs per 100,000 in 2006. " +
        `Illustrative (seed ${SAMPLE_SEED}): households (population / ${PEOPLE_PER_HOUSEHOLD}), detections, costs, workforce, precepts elsewhere, surveys, road casualties, gun and knife crime, asset recovery, drug trafficking, MSG lists (derived from crime rates and size), evidence and actions.`,
      illustrative: true,
      comments: "Illustrative sample: a real workbook says here who the public write to. Write to the Rounded Assessment team, comments@example.org",
    },
    sampleRows(data),
  );
}
