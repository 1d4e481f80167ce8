import { comparisonDefaults } from "../compare/options";
import type { OverdispersionModel } from "../stats/funnel";
import type { PoissonMethod } from "../stats/poisson";
import { defaultGradingRules, type GradeBand, type GradingRules } from "../grading/rules";
import type { InputValue } from "../input";
import { adverseJudgementsOf, forceListOf, ruleDefaults, scaleDefaults } from "../workbook/template";
import type { AssessmentInputs } from "./inputs";

/** The Rules choices of direction-compared-with. */
export type DirectionReferenceKind = "England and Wales" | "Similar forces" | "None";

/** The comparison and grading settings of one workbook, from its Rules and Scale tables. */
export interface AssessmentSettings {
  readonly level: number;
  readonly tolerance: number;
  readonly includeForce: boolean;
  readonly method: PoissonMethod;
  readonly defaultDesignEffect: number;
  /** How forces are compared with their group: the funnel plot (default) or the simple interval test. */
  readonly comparison: "funnel" | "interval";
  readonly overdispersion: OverdispersionModel;
  /** The fraction of z-scores winsorised at each end when estimating overdispersion. */
  readonly winsorising: number;
  /** The material gap for rates, as a fraction of the group's rate. */
  readonly materialRelative: number;
  /** The material gap for proportions and surveys, in percentage points. */
  readonly materialPoints: number;
  /** Whose change a force's direction of travel is set against: all forces summed, its similar forces summed, or none. */
  readonly directionReference: DirectionReferenceKind;
  readonly grading: GradingRules;
  /** Grade labels, best first. */
  readonly scale: readonly string[];
  /** The grade a CAA red flag caps a domain at, if the Scale has it. */
  readonly redFlagCap: string | undefined;
  readonly greenFlagRaises: boolean;
  /** Inspection judgements that cap a domain's grade, in lower case with single spaces. */
  readonly adverseJudgements: readonly string[];
  /** The grade an adverse judgement caps a domain at, if the Scale has it. */
  readonly adverseCap: string | undefined;
  /** Forces whose rates per resident are profiled, not graded (default City of London). */
  readonly residentRatesProfiled: readonly string[];
  /** Forces with no force much like them: their comparison carries a caveat (default Metropolitan Police). */
  readonly noForceMuchLikeIt: readonly string[];
}

const defaults = new Map<string, InputValue>(ruleDefaults.map((r) => [r.id, r.value]));

function numberRule(rules: ReadonlyMap<string, InputValue>, id: string): number {
  const v = rules.get(id);
  if (typeof v === "number" && Number.isFinite(v)) return v;
  const fallback = defaults.get(id);
  return typeof fallback === "number" ? fallback : Number.NaN;
}

/** A number rule from 0 up to `below`, or its default. */
function fractionRule(rules: ReadonlyMap<string, InputValue>, id: string, below: number): number {
  const v = numberRule(rules, id);
  return v >= 0 && v < below ? v : (defaults.get(id) as number);
}

function textRule(rules: ReadonlyMap<string, InputValue>, id: string): string {
  const v = rules.get(id);
  return typeof v === "string" && v.trim() !== "" ? v.trim() : String(defaults.get(id) ?? "");
}

/**
 * The settings of a workbook: each rule from its Rules row, or its documented default when the row is
 * missing or not usable (the checker reports unusable values). Grades are the Scale's labels in order;
 * the grade of Order k needs a mean score of at least "minimum-score-grade-k", and the last grade takes
 * every lower score.
 */
export function readSettings(inputs: AssessmentInputs): AssessmentSettings {
  const rules = inputs.rules;
  const scale = inputs.scale.length >= 2 ? inputs.scale : [...scaleDefaults];
  const level = numberRule(rules, "confidence-level");
  const tolerance = numberRule(rules, "tolerance");
  const bands: GradeBand[] = scale.map((grade, i) => {
    if (i === scale.length - 1) return { grade, minimumScore: null };
    const minimum = numberRule(rules, `minimum-score-grade-${i + 1}`);
    return { grade, minimumScore: Number.isFinite(minimum) ? minimum : (defaultGradingRules.bands[i]?.minimumScore ?? -i) };
  });
  const cap = textRule(rules, "red-flag-caps-grade-at");
  const adverseCap = textRule(rules, "adverse-judgement-caps-grade-at");
  return {
    level: level > 0 && level < 1 ? level : comparisonDefaults.level,
    tolerance: tolerance >= 0 && tolerance < 1 ? tolerance : comparisonDefaults.tolerance,
    includeForce: !/^no$/i.test(textRule(rules, "include-force-in-msg-average")),
    method: /^byar$/i.test(textRule(rules, "poisson-method")) ? "byar" : "exact",
    comparison: /^interval$/i.test(textRule(rules, "comparison-method")) ? "interval" : "funnel",
    overdispersion: (["additive", "multiplicative", "none"] as const).find((m) => m === textRule(rules, "overdispersion").toLowerCase()) ?? "additive",
    winsorising: fractionRule(rules, "winsorising", 0.5),
    materialRelative: fractionRule(rules, "material-gap-rate", 1),
    materialPoints: fractionRule(rules, "material-gap-points", 100),
    directionReference: (["England and Wales", "Similar forces", "None"] as const).find((k) => k.toLowerCase() === textRule(rules, "direction-compared-with").toLowerCase()) ?? "England and Wales",
    defaultDesignEffect: Math.max(Number.MIN_VALUE, numberRule(rules, "default-design-effect")) || 1,
    grading: {
      positionPoints: { better: numberRule(rules, "points-for-better"), similar: numberRule(rules, "points-for-similar"), worse: numberRule(rules, "points-for-worse") },
      directionPoints: { improved: numberRule(rules, "points-for-improved"), stable: numberRule(rules, "points-for-stable"), deteriorated: numberRule(rules, "points-for-deteriorated") },
      bands,
    },
    scale,
    redFlagCap: scale.find((g) => g.toLowerCase() === cap.toLowerCase()),
    greenFlagRaises: /^yes$/i.test(textRule(rules, "green-flag-can-raise")),
    adverseJudgements: adverseJudgementsOf(rules.get("adverse-judgements")),
    adverseCap: scale.find((g) => g.toLowerCase() === adverseCap.toLowerCase()),
    residentRatesProfiled: forceListOf(rules.get("resident-rates-profiled-not-graded"), [String(defaults.get("resident-rates-profiled-not-graded"))]),
    noForceMuchLikeIt: forceListOf(rules.get("no-force-much-like-it"), [String(defaults.get("no-force-much-like-it"))]),
  };
}
