/** Hand-built assessments for the narrative tests: a small factory over the engine's types. */
import type { ActionItem, DataSetAssessment, DomainAssessment, EvidenceItem, ForceAssessment, GradeAdjustment } from "../../../src/engine/assessment/types";
import { dataSetById } from "../../../src/engine/catalogue/dataSets";
import { domainById } from "../../../src/engine/catalogue/domains";
import type { DomainId } from "../../../src/engine/catalogue/types";
import type { DirectionKind } from "../../../src/engine/compare/direction";
import type { PositionKind } from "../../../src/engine/compare/msgPosition";

export const years = ["2006/07", "2007/08", "2008/09"] as const;

export interface DataSetSpec {
  readonly figure: number | null;
  readonly msg?: number | null;
  readonly all?: number | null;
  readonly position?: PositionKind | null;
  /** Default: true unless the position is "similar". */
  readonly significant?: boolean;
  readonly direction?: DirectionKind | null;
  /** Three values, oldest first; default the figure each year. */
  readonly series?: readonly number[];
}

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** One data set's assessment for a force in 2008/09. */
export function dataSet(id: string, spec: DataSetSpec, force = "Kent"): DataSetAssessment {
  const ds = dataSetById(id);
  if (!ds) throw new Error(`No data set ${id}`);
  const figure = spec.figure;
  const msg = spec.msg === undefined ? null : spec.msg;
  const estimate = figure === null ? null : { estimate: figure, lower: figure * 0.95, upper: figure * 1.05 };
  const position =
    spec.position && estimate && msg !== null
      ? {
          kind: spec.position,
          label: capitalised(`${spec.position} than similar forces`),
          significant: spec.significant ?? spec.position !== "similar",
          force: estimate,
          msgAverage: { value: msg, numerator: msg * 1000, denominator: 1000, members: [force, "Essex", "Hampshire"] },
          includeForce: true,
          tested: ds.statistic !== "figure",
        }
      : null;
  const series = spec.series ?? (figure === null ? [] : [figure, figure, figure]);
  const direction =
    spec.direction && figure !== null
      ? {
          kind: spec.direction,
          label: capitalised(spec.direction),
          significant: spec.direction !== "stable" && ds.statistic !== "figure",
          tested: ds.statistic !== "figure",
          series: series.map((value, i) => ({ year: years[i] ?? "2008/09", value })),
          from: years[0],
          to: years[2],
          change: 0,
          changeUnit: ds.statistic === "rate" || ds.statistic === "figure" ? ("relative" as const) : ("points" as const),
          reference: null,
          gap: 0,
          material: spec.direction !== "stable",
          beyondChance: spec.direction !== "stable" && ds.statistic !== "figure",
          test: ds.statistic === "rate" ? ("exact conditional binomial" as const) : ds.statistic === "figure" ? ("not tested" as const) : ("difference of two proportions" as const),
          pValue: ds.statistic === "figure" ? null : spec.direction === "stable" ? 0.5 : 0.001,
        }
      : null;
  return {
    dataSet: ds,
    force,
    year: "2008/09",
    figure: estimate,
    msgAverage: msg,
    peers: ["Essex", "Hampshire"],
    peersCompared: position ? { counted: 2, of: 2, missing: [] } : null,
    rank: null,
    position,
    direction,
    allForcesAverage: spec.all ?? null,
    englandAndWales: null,
    issues: [],
  };
}

export interface DomainSpec {
  readonly evidence?: readonly EvidenceItem[];
  readonly actions?: readonly ActionItem[];
  /** The grade from the data alone; default the recommended grade. */
  readonly dataGrade?: string | null;
  readonly grade?: string | null;
  readonly adjustments?: readonly GradeAdjustment[];
}

/** One domain's assessment. Value for money never has a grade. */
export function domain(id: DomainId, dataSets: readonly DataSetAssessment[], spec: DomainSpec = {}): DomainAssessment {
  const d = domainById(id);
  const grade = d.graded ? (spec.grade === undefined ? "Good" : spec.grade) : null;
  const dataGrade = d.graded ? (spec.dataGrade === undefined ? grade : spec.dataGrade) : null;
  return {
    domain: d,
    dataSets,
    evidence: spec.evidence ?? [],
    actions: spec.actions ?? [],
    dataRecommendation: dataGrade === null ? null : { grade: dataGrade, score: 0, trace: [], rule: "" },
    adjustments: spec.adjustments ?? [],
    recommendedGrade: grade,
  };
}

/** A force's assessment for 2008/09. */
export function force(name: string, domains: readonly DomainAssessment[], options: { illustrative?: boolean; groupSource?: ForceAssessment["groupSource"] } = {}): ForceAssessment {
  return {
    force: name,
    region: "South East",
    year: "2008/09",
    years: [...years],
    domains,
    illustrative: options.illustrative ?? false,
    groupSource: options.groupSource ?? "official",
  };
}

export const evidence = (kind: string, judgement = "", detail = ""): EvidenceItem => ({ kind, judgement, detail, source: "Test" });
export const action = (text: string, owner = "", due = ""): ActionItem => ({ action: text, owner, due });

/** Kent's Local Crime and Policing: robbery better, vehicle crime worse and rising, no criminal damage figures, a red flag, no actions. */
export function kentLocalCrime(): DomainAssessment {
  return domain(
    "local-crime",
    [
      dataSet("robbery", { figure: 0.6, msg: 0.66, position: "better", direction: "stable", series: [0.62, 0.61, 0.6] }),
      dataSet("burglary-detections", { figure: 14.3, msg: 15.0, position: "similar", direction: "stable", series: [13.9, 14.1, 14.3] }),
      dataSet("vehicle-crime", { figure: 8.4, msg: 7.1, position: "worse", direction: "deteriorated", series: [7.2, 7.8, 8.4] }),
      dataSet("criminal-damage", { figure: null }),
    ],
    {
      dataGrade: "Good",
      grade: "Fair",
      adjustments: [{ rule: "red-flag-caps-grade-at", from: "Good", to: "Fair", reason: "A CAA red flag caps the grade at Fair." }],
      evidence: [evidence("Neighbourhood Policing judgement", "Good"), evidence("CAA red flag", "", "Too few patrols at night in town centres")],
    },
  );
}

/** Kent's value-for-money profile. */
export function kentValueForMoney(): DomainAssessment {
  return domain("value-for-money", [
    dataSet("cost-per-officer", { figure: 49_000, msg: 46_500, all: 47_200, position: "higher", direction: "increased", series: [46_100, 47_800, 49_000] }),
    dataSet("band-d", { figure: 130.5, msg: 131.2, all: 140.8, position: "similar", direction: "stable", series: [128.4, 129.9, 130.5] }),
    dataSet("cost-per-pcso", { figure: null }),
  ]);
}
