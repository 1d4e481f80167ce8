import normalCdf from "@stdlib/stats-base-dists-normal-cdf";
import { all, failure, issue, mapResult, type Result } from "../result";
import { exactConditionalP } from "../stats/binomial";
import { checkFigure, defaultPer, type CheckedFigure, type YearFigure } from "./figures";
import { comparisonDefaults, judge, type ComparisonOptions, type Side } from "./options";

export type DirectionKind = "improved" | "stable" | "deteriorated" | "increased" | "decreased";

/** The test behind a direction of travel: rates, proportions and surveys are tested; figures with no sampling error are not. */
export type DirectionTest = "exact conditional binomial" | "difference of two proportions" | "not tested";

/**
 * What a force's change is compared with: the same two years' totals of England and Wales (all
 * forces summed) or of the force's similar forces. Without one, the force's own change is judged
 * against no change at all.
 */
export interface DirectionReference {
  /** "England and Wales" or "Similar forces", as said in the Trace and Profile. */
  readonly name: string;
  /** The reference's totals in the earlier year (two before the latest) and the latest year. */
  readonly earlier: CheckedFigure;
  readonly latest: CheckedFigure;
}

export interface DirectionOfTravel {
  readonly kind: DirectionKind;
  /** "Improved", "Stable" or "Deteriorated"; for neutral polarity "Increased", "Stable" or "Decreased". */
  readonly label: string;
  /** Whether a test found the change, set against the reference's, too big to put down to chance and material; always false when not tested. */
  readonly significant: boolean;
  /** Whether a test was run: false for figures with no sampling error (their change is judged against the material gap alone). */
  readonly tested: boolean;
  /** Every year's figure, oldest first, on the scale shown: never only the two points compared. */
  readonly series: readonly { readonly year?: string; readonly value: number }[];
  /** The years compared: the latest and the one two years before it. */
  readonly from: string | undefined;
  readonly to: string | undefined;
  /** The force's change from `from` to `to`: relative for rates and figures (-0.12 is a 12% fall), in percentage points for proportions and surveys. */
  readonly change: number;
  readonly changeUnit: "relative" | "points";
  /** The reference's change on the same scale, and whose it is; null when the force's change is judged on its own. */
  readonly reference: { readonly name: string; readonly change: number } | null;
  /** The force's change beyond the reference's: relative (latest / (earlier x reference ratio) - 1) or in points (change - reference change). */
  readonly gap: number;
  /** Whether the gap reaches the material gap. */
  readonly material: boolean;
  /** Whether the test found the gap too big to put down to chance (p < 1 - level), material or not; false when not tested. */
  readonly beyondChance: boolean;
  readonly test: DirectionTest;
  /** The test's two-sided p-value; null when not tested. */
  readonly pValue: number | null;
}

/** Options of a direction of travel: those of the comparison, and what the change is compared with. */
export interface DirectionOptions extends ComparisonOptions {
  readonly reference?: DirectionReference | null;
}

const labels: Readonly<Record<DirectionKind, string>> = {
  improved: "Improved",
  stable: "Stable",
  deteriorated: "Deteriorated",
  increased: "Increased",
  decreased: "Decreased",
};

const ratio = (f: CheckedFigure) => f.events / f.exposure;
const share = (f: CheckedFigure) => Math.min(f.events, f.exposure) / f.exposure;

/** latest / earlier - 1, with 0 for two zeros and +-Infinity from a zero. */
function relativeChange(latest: number, earlier: number): number {
  if (earlier === 0) return latest === 0 ? 0 : latest > 0 ? Infinity : -Infinity;
  return latest / earlier - 1;
}

export interface ChangeTest {
  readonly change: number;
  readonly referenceChange: number | null;
  readonly gap: number;
  readonly threshold: number;
  readonly test: DirectionTest;
  readonly pValue: number | null;
}

function testChange(latest: CheckedFigure, earlier: CheckedFigure, options: DirectionOptions): ChangeTest {
  const statistic = options.statistic ?? comparisonDefaults.statistic;
  const reference = options.reference ?? null;
  if (statistic === "rate" || statistic === "figure") {
    const change = relativeChange(ratio(latest), ratio(earlier));
    const referenceRatio = reference ? ratio(reference.latest) / ratio(reference.earlier) : 1;
    const gap = relativeChange(ratio(latest), ratio(earlier) * referenceRatio);
    const referenceChange = reference ? referenceRatio - 1 : null;
    if (statistic === "figure") {
      const threshold = options.materialRelative ?? options.tolerance ?? comparisonDefaults.tolerance;
      return { change, referenceChange, gap, threshold, test: "not tested", pValue: null };
    }
    const pValue = exactConditionalP(earlier.events, earlier.exposure, latest.events, latest.exposure, referenceRatio);
    return { change, referenceChange, gap, threshold: options.materialRelative ?? comparisonDefaults.materialRelative, test: "exact conditional binomial", pValue };
  }
  const change = (share(latest) - share(earlier)) * 100;
  const referenceChange = reference ? (share(reference.latest) - share(reference.earlier)) * 100 : null;
  const gap = change - (referenceChange ?? 0);
  const d = statistic === "survey" ? (options.designEffect ?? comparisonDefaults.designEffect) : 1;
  const pooled = (Math.min(latest.events, latest.exposure) + Math.min(earlier.events, earlier.exposure)) / (latest.exposure + earlier.exposure);
  const standardError = 100 * Math.sqrt(Math.max(0, pooled * (1 - pooled) * (d / latest.exposure + d / earlier.exposure)));
  const pValue = standardError > 0 ? Math.min(1, 2 * normalCdf(-Math.abs(gap / standardError), 0, 1)) : 1;
  return { change, referenceChange, gap, threshold: options.materialPoints ?? comparisonDefaults.materialPoints, test: "difference of two proportions", pValue };
}

/** A usable reference: both years' totals with a positive base and, for a ratio, a positive earlier figure. */
function usableReference(reference: DirectionReference | null | undefined, statistic: string): DirectionReference | null {
  if (!reference) return null;
  const { earlier, latest } = reference;
  const ok = earlier.exposure > 0 && latest.exposure > 0 && Number.isFinite(ratio(earlier)) && Number.isFinite(ratio(latest));
  return ok && (statistic === "proportion" || statistic === "survey" || ratio(earlier) > 0) ? reference : null;
}

/**
 * Builds the direction of travel from a tested (or untested) change: a side when the change beyond the
 * reference is significant (tested) and at least the material gap, otherwise "similar" (Stable).
 */
export function directionFromChange(
  change: ChangeTest,
  options: { readonly level?: number | undefined; readonly polarity?: ComparisonOptions["polarity"] | undefined; readonly referenceName?: string | undefined },
  series: DirectionOfTravel["series"],
  years: { readonly from: string | undefined; readonly to: string | undefined },
  changeUnit: DirectionOfTravel["changeUnit"],
): DirectionOfTravel {
  const level = options.level ?? comparisonDefaults.level;
  const tested = change.pValue !== null;
  const material = change.gap !== 0 && Math.abs(change.gap) >= change.threshold && !Number.isNaN(change.gap);
  const beyondChance = tested && (change.pValue as number) < 1 - level;
  const side: Side = material && (beyondChance || !tested) ? (change.gap > 0 ? "higher" : "lower") : "similar";
  const judged = judge(side, options.polarity ?? comparisonDefaults.polarity);
  const kind: DirectionKind =
    judged === "better" ? "improved" : judged === "worse" ? "deteriorated" : judged === "similar" ? "stable" : judged === "higher" ? "increased" : "decreased";
  return {
    kind,
    label: labels[kind],
    significant: tested && side !== "similar",
    tested,
    series,
    ...years,
    change: change.change,
    changeUnit,
    reference: change.referenceChange === null || options.referenceName === undefined ? null : { name: options.referenceName, change: change.referenceChange },
    gap: change.gap,
    material,
    beyondChance,
    test: change.test,
    pValue: change.pValue,
  };
}

/**
 * Direction of travel: the latest year against the year two before it (three years of figures, oldest
 * first; with more, the last three count), set against a reference's change over the same years
 * (England and Wales or similar forces; none: the force's own change alone), so that a national
 * trend does not move every force.
 *
 * - Rates: the exact conditional binomial test. With x1 events in n1 (earlier), x2 in n2 (latest) and
 *   the reference's rate ratio R (1 without a reference), X2 given x1 + x2 is Binomial(x1 + x2, p0),
 *   p0 = n2 R / (n1 + n2 R); two-sided p = min(1, 2 x the smaller tail). The gap is
 *   (x2/n2) / ((x1/n1) R) - 1, material from `materialRelative` (default 0).
 * - Proportions and surveys: z = ((p2 - p1) - reference change) / se, se the force's own pooled
 *   two-sample standard error sqrt(p (1 - p) (d/n1 + d/n2)) with the design effect d for surveys; the
 *   gap is in percentage points, material from `materialPoints` (default 0).
 * - Figures with no sampling error: not tested; a change beyond the reference's by at least
 *   `materialRelative` (or, when that is not given, `tolerance`, default 5%) counts.
 *
 * A change not significant, or smaller than the material gap, is "Stable". Polarity turns higher and
 * lower into "Improved" and "Deteriorated"; neutral polarity says "Increased" or "Decreased". A
 * reference with a zero or unusable base is ignored (the force's own change alone). Fewer than three
 * years gives `fewer-than-three-years`; a blank year gives `blank-value`.
 */
export function directionOfTravel(series: readonly YearFigure[], options: DirectionOptions = {}): Result<DirectionOfTravel> {
  if (series.length < 3) {
    return failure(issue("fewer-than-three-years", {}, { count: series.length }));
  }
  const statistic = options.statistic ?? comparisonDefaults.statistic;
  const per = options.per ?? defaultPer[statistic];
  const checked = all(
    series.map((y, i) => checkFigure(y, statistic, y.year ? { year: y.year } : { row: i + 1 }, options.labels)),
  );
  return mapResult(checked, (figures) => {
    const latest = figures[figures.length - 1] as CheckedFigure;
    const earlier = figures[figures.length - 3] as CheckedFigure;
    const reference = usableReference(options.reference, statistic);
    const change = testChange(latest, earlier, { ...options, statistic, reference });
    return directionFromChange(
      change,
      { ...options, referenceName: reference?.name },
      series.map((y, i) => {
        const f = figures[i] as CheckedFigure;
        return y.year === undefined ? { value: (f.events / f.exposure) * per } : { year: y.year, value: (f.events / f.exposure) * per };
      }),
      { from: series[series.length - 3]?.year, to: series[series.length - 1]?.year },
      statistic === "rate" || statistic === "figure" ? "relative" : "points",
    );
  });
}
