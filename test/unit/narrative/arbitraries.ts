/** fast-check generators of realistic force assessments for the narrative's property tests. */
import fc from "fast-check";
import type { DataSetAssessment, DomainAssessment, ForceAssessment } from "../../../src/engine/assessment/types";
import { dataSets } from "../../../src/engine/catalogue/dataSets";
import { domains } from "../../../src/engine/catalogue/domains";
import type { DomainId } from "../../../src/engine/catalogue/types";
import type { DirectionKind } from "../../../src/engine/compare/direction";
import type { PositionKind } from "../../../src/engine/compare/msgPosition";
import { action, dataSet, domain, evidence, force } from "./fixtures";

export const forceNames = [
  "Kent", "Avon and Somerset", "Devon and Cornwall", "Greater Manchester", "Metropolitan Police", "Dyfed-Powys",
  "Thames Valley", "North Yorkshire", "West Midlands", "Cambridgeshire", "Gloucestershire", "Nottinghamshire",
] as const;

/** Realistic ranges of each data set's figure, in its unit. */
const ranges: Readonly<Record<string, readonly [number, number]>> = {
  burglary: [3, 20], "burglary-detections": [8, 30], robbery: [0.2, 6], "vehicle-crime": [4, 15], "violence-with-injury": [5, 15],
  "violence-with-injury-detections": [25, 50], "criminal-damage": [10, 25], homicide: [5, 25], "road-casualties": [30, 70],
  "asset-recovery": [500, 5000], "drug-trafficking": [0.3, 1.5], "serious-sexual-offence-detections": [15, 40], "gun-crime": [5, 40],
  "knife-crime": [20, 80], "cost-per-officer": [45_000, 60_000], "cost-per-pcso": [28_000, 36_000], "cost-per-staff": [25_000, 40_000],
  "band-d": [100, 220], "cost-per-head": [150, 280], cipfa: [10, 80], "single-confidence-target": [40, 60], satisfaction: [76, 88],
  "comparative-satisfaction": [-2, 9], "anti-social-behaviour": [9, 26], "things-that-matter": [42, 60],
};

const details = ["", "", "Too few patrols at night in town centres", "Victims were kept informed", "Slow to answer calls for help", "Good work with local councils on drug crime"];
const actionTexts = ["Neighbourhood teams to publish local priorities every quarter", "Improvement plan for the CAA red flag", "Review how victims are kept informed", "Train officers to record crime correctly"];
const owners = ["", "Assistant Chief Constable", "Chief Superintendent, Territorial Policing"];
const kinds = ["Neighbourhood Policing judgement", "CAA red flag", "CAA green flag", "Protective services", "Major crime", "Counter-terrorism", "Serious and organised crime", "Registered sex offenders", "Policing Pledge"];
const judgements = ["", "Excellent", "Good", "Fair", "Poor", "Meeting the standard", "Not meeting the standard", "Requires improvement"];
export const grades = ["Excellent", "Good", "Fair", "Poor"] as const;

const unit = fc.double({ min: 0, max: 1, noNaN: true });

function dataSetArb(id: string, forceName: string): fc.Arbitrary<DataSetAssessment> {
  const ds = dataSets.find((d) => d.id === id);
  const [low, high] = ranges[id] ?? [1, 100];
  const positions: PositionKind[] = ds?.polarity === "neutral" ? ["higher", "similar", "lower"] : ["better", "similar", "worse"];
  const directions: DirectionKind[] = ds?.polarity === "neutral" ? ["increased", "stable", "decreased"] : ["improved", "stable", "deteriorated"];
  return fc
    .record({
      missing: fc.integer({ min: 0, max: 9 }),
      at: unit,
      ratio: fc.double({ min: 0.7, max: 1.3, noNaN: true }),
      position: fc.option(fc.constantFrom(...positions), { freq: 8 }),
      direction: fc.option(fc.constantFrom(...directions), { freq: 8 }),
      steps: fc.tuple(fc.double({ min: 0.85, max: 1.15, noNaN: true }), fc.double({ min: 0.85, max: 1.15, noNaN: true })),
    })
    .map((r) => {
      const figure = low + r.at * (high - low);
      return dataSet(
        id,
        r.missing === 0
          ? { figure: null }
          : { figure, msg: figure * r.ratio, all: figure * r.ratio * r.ratio, position: r.position, direction: r.direction, series: [figure * r.steps[0], figure * r.steps[1], figure] },
        forceName,
      );
    });
}

function domainArb(id: DomainId, forceName: string): fc.Arbitrary<DomainAssessment> {
  const ids = dataSets.filter((d) => d.domain === id).map((d) => d.id);
  return fc
    .record({
      dataSets: fc.tuple(...ids.map((ds) => dataSetArb(ds, forceName))),
      evidence: fc.array(fc.record({ kind: fc.constantFrom(...kinds), judgement: fc.constantFrom(...judgements), detail: fc.constantFrom(...details) }), { maxLength: 3 }),
      actions: fc.array(fc.record({ text: fc.constantFrom(...actionTexts), owner: fc.constantFrom(...owners), due: fc.constantFrom("", "2009/10", "March 2010") }), { maxLength: 2 }),
      grade: fc.option(fc.constantFrom(...grades), { freq: 9 }),
      capped: fc.boolean(),
    })
    .map((r) => {
      const capped = r.capped && r.grade !== null && r.grade !== "Poor" && r.grade !== "Fair";
      return domain(id, r.dataSets, {
        evidence: r.evidence.map((e) => evidence(e.kind, e.kind.includes("flag") ? "" : e.judgement, e.detail)),
        actions: r.actions.map((a) => action(a.text, a.owner, a.due)),
        grade: capped ? "Fair" : r.grade,
        dataGrade: r.grade,
        adjustments: capped && r.grade ? [{ rule: "red-flag-caps-grade-at", from: r.grade, to: "Fair", reason: "A CAA red flag caps the grade." }] : [],
      });
    });
}

/** A force's whole assessment: four domains of realistic, random figures, evidence and actions. */
export const forceAssessmentArb: fc.Arbitrary<ForceAssessment> = fc
  .record({ name: fc.constantFrom(...forceNames), illustrative: fc.boolean(), groupSource: fc.constantFrom("official" as const, "derived" as const, "unstated" as const) })
  .chain((f) =>
    fc.tuple(...domains.map((d) => domainArb(d.id, f.name))).map((ds) => force(f.name, ds, { illustrative: f.illustrative, groupSource: f.groupSource })),
  );
