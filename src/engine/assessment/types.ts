import type { DataSet, Domain } from "../catalogue/types";
import type { DirectionOfTravel } from "../compare/direction";
import type { EnglandAndWalesFigure } from "../compare/englandAndWales";
import type { MsgPosition } from "../compare/msgPosition";
import type { GradeRecommendation } from "../grading/recommend";
import type { Issue } from "../result";
import type { Estimate } from "../stats/interval";

/** One data set of one force in the assessment year: its figure, the comparisons and what is missing. */
export interface DataSetAssessment {
  readonly dataSet: DataSet;
  readonly force: string;
  readonly year: string;
  /** The force's figure in the data set's unit (per 1,000 households, %, £) with its interval; null with no data. */
  readonly figure: Estimate | null;
  /** The Most Similar Group's weighted average, in the same unit; null when it could not be worked out. */
  readonly msgAverage: number | null;
  /** The peers compared with (the force's own group, official or derived). */
  readonly peers: readonly string[];
  /** Peers in the group average: 6 of 7 when one peer had no usable figure; null with no comparison. */
  readonly peersCompared: { readonly counted: number; readonly of: number; readonly missing: readonly string[] } | null;
  /** Rank in the group, 1 = best (or highest, for value for money). */
  readonly rank: { readonly rank: number; readonly of: number } | null;
  readonly position: MsgPosition | null;
  readonly direction: DirectionOfTravel | null;
  /** For value for money: the weighted average of all forces, in the same unit. */
  readonly allForcesAverage: number | null;
  /** Every data set: all forces' figures as one (sum of numerators over sum of denominators), in the same unit; null with no figures. */
  readonly englandAndWales: EnglandAndWalesFigure | null;
  /** Why something above is missing, or what to look at (detections above offences). */
  readonly issues: readonly Issue[];
  /**
   * True when the figure is per resident (per 1,000 people or households) and the force is on the Rules
   * list resident-rates-profiled-not-graded: it is shown and compared, but left out of the grade.
   */
  readonly profiledOnly?: boolean;
}

/** A qualitative judgement from the Evidence table. */
export interface EvidenceItem {
  readonly kind: string;
  readonly judgement: string;
  readonly detail: string;
  readonly source: string;
}

/** What the force is doing to improve, from the Actions table. */
export interface ActionItem {
  readonly action: string;
  readonly owner: string;
  readonly due: string;
}

/** A rule of evidence that changed the recommendation (a red flag capping the grade, a green flag raising it). */
export interface GradeAdjustment {
  readonly rule: string;
  readonly from: string;
  readonly to: string;
  readonly reason: string;
  /** The piece of evidence that made the change (its kind, judgement and detail). */
  readonly evidence?: EvidenceItem;
}

export interface DomainAssessment {
  readonly domain: Domain;
  readonly dataSets: readonly DataSetAssessment[];
  readonly evidence: readonly EvidenceItem[];
  readonly actions: readonly ActionItem[];
  /** From the data alone; null for value for money (a profile, not a grade) or when nothing could be graded. */
  readonly dataRecommendation: GradeRecommendation | null;
  readonly adjustments: readonly GradeAdjustment[];
  /** The recommended grade after evidence rules; null for value for money. */
  readonly recommendedGrade: string | null;
}

export interface ForceAssessment {
  readonly force: string;
  readonly region: string;
  readonly year: string;
  /** The three years of the direction of travel, oldest first. */
  readonly years: readonly string[];
  readonly domains: readonly DomainAssessment[];
  /** The workbook says its data are illustrative. */
  readonly illustrative: boolean;
  /** The group came from the MSG table ("official") or was derived. */
  readonly groupSource: "official" | "derived" | "unstated";
  /** The edge-case rules that apply to this force (Rules: resident-rates-profiled-not-graded, no-force-much-like-it). */
  readonly caveats?: ForceCaveats;
}

/** Edge cases stated as rules, each said in the Trace, the report and the published page. */
export interface ForceCaveats {
  /** The force's rates per resident are profiled, not graded (the City of London). */
  readonly residentRatesProfiled: boolean;
  /** No force is much like it, so its comparison with similar forces is read with care (the Metropolitan Police). */
  readonly noForceMuchLikeIt: boolean;
}
