import { all, failure, issue, mapResult, type Result } from "../result";
import { compareProportions, compareRates } from "../stats/tests";
import { checkFigure, defaultPer, type CheckedFigure, type YearFigure } from "./figures";
import { comparisonDefaults, judge, sideWithinTolerance, type ComparisonOptions, type Side } from "./options";

export type DirectionKind = "improved" | "stable" | "deteriorated" | "increased" | "decreased";

export interface DirectionOfTravel {
  readonly kind: DirectionKind;
  /** "Improved", "Stable" or "Deteriorated"; for neutral polarity "Increased", "Stable" or "Decreased". */
  readonly label: string;
  /** Whether a test found the change too big to put down to chance; always false for figures with no sampling error. */
  readonly significant: boolean;
  /** Whether a test was run: false for figures with no sampling error (their change is judged against the tolerance). */
  readonly tested: boolean;
  /** Every year's figure, oldest first, on the scale shown: never only the two points compared. */
  readonly series: readonly { readonly year?: string; readonly value: number }[];
  /** The years compared: the latest and the one two years before it. */
  readonly from: string | undefined;
  readonly to: string | undefined;
}

const labels: Readonly<Record<DirectionKind, string>> = {
  improved: "Improved",
  stable: "Stable",
  deteriorated: "Deteriorated",
  increased: "Increased",
  decreased: "Decreased",
};

function sideOfChange(latest: CheckedFigure, earlier: CheckedFigure, options: ComparisonOptions): Side {
  const level = options.level ?? comparisonDefaults.level;
  switch (options.statistic ?? comparisonDefaults.statistic) {
    case "rate":
      return compareRates(latest.events, latest.exposure, earlier.events, earlier.exposure, level).direction;
    case "proportion":
      return compareProportions(latest.events, latest.exposure, earlier.events, earlier.exposure, level).direction;
    case "survey": {
      const d = options.designEffect ?? comparisonDefaults.designEffect;
      return compareProportions(latest.events, latest.exposure, earlier.events, earlier.exposure, level, d, d).direction;
    }
    case "figure":
      return sideWithinTolerance(latest.events / latest.exposure, earlier.events / earlier.exposure, options.tolerance ?? comparisonDefaults.tolerance);
  }
}

/**
 * Direction of travel against the force's own past: the latest year against the year two before it
 * (three years of figures, oldest first; with more, the last three count), by the same tests as the
 * group comparison: a two-sample Poisson test for rates, a two-proportion test for proportions and
 * surveys (with the design effect), the tolerance for figures with no sampling error. A change that is
 * not significant is "Stable". Polarity turns higher and lower into "Improved" and "Deteriorated";
 * neutral polarity says "Increased" or "Decreased".
 *
 * Fewer than three years gives `fewer-than-three-years`; a blank year gives `blank-value`.
 */
export function directionOfTravel(series: readonly YearFigure[], options: ComparisonOptions = {}): Result<DirectionOfTravel> {
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
    const judged = judge(sideOfChange(latest, earlier, { ...options, statistic }), options.polarity ?? comparisonDefaults.polarity);
    const kind: DirectionKind =
      judged === "better" ? "improved" : judged === "worse" ? "deteriorated" : judged === "similar" ? "stable" : judged === "higher" ? "increased" : "decreased";
    return {
      kind,
      label: labels[kind],
      significant: kind !== "stable" && statistic !== "figure",
      tested: statistic !== "figure",
      series: series.map((y, i) => {
        const f = figures[i] as CheckedFigure;
        return y.year === undefined ? { value: (f.events / f.exposure) * per } : { year: y.year, value: (f.events / f.exposure) * per };
      }),
      from: series[series.length - 3]?.year,
      to: series[series.length - 1]?.year,
    };
  });
}
