import type { InputValue } from "../input";
import { all, failure, issue, success, type Result } from "../result";
import { isUntestedPosition, parseDirection, parsePosition } from "./parse";
import { defaultGradingRules, type GradedDirection, type GradedPosition, type GradingRules } from "./rules";

/** One data set's evidence for a grade: its position against similar forces and its direction of travel. */
export interface GradeInput {
  readonly dataSet?: string;
  readonly position: InputValue;
  readonly direction: InputValue;
  /**
   * False for a figure with no sampling error (costs, Band D, asset recovery, an untested gap): no test
   * was run, so the data set scores at most 1 point either way. When not given: false for a position
   * worded as MSGPOSITION words an untested figure ("Better than similar forces", without
   * "Significantly"), true otherwise.
   */
  readonly tested?: boolean;
  /**
   * True when the data set has no direction of travel (a year is missing): its position still scores,
   * its direction scores 0 and the trace says the direction is missing. `direction` is then not read.
   */
  readonly directionMissing?: boolean;
}

/** Why a data set scored what it did. */
export interface TraceLine {
  readonly dataSet?: string;
  readonly position: GradedPosition;
  /** "missing" when the data set had no direction of travel (scored 0). */
  readonly direction: GradedDirection | "missing";
  readonly points: number;
  /** E.g. "better than similar forces (+2); improved (+1)". */
  readonly reason: string;
}

export interface GradeRecommendation {
  readonly grade: string;
  /** The mean points over the data sets. */
  readonly score: number;
  readonly trace: readonly TraceLine[];
  /** The rule that picked the grade, in words. */
  readonly rule: string;
}

const signed = (n: number) => (n > 0 ? `+${n}` : `${n}`);
const positionWords: Readonly<Record<GradedPosition, string>> = {
  better: "better than similar forces",
  similar: "similar to similar forces",
  worse: "worse than similar forces",
};

/**
 * The recommended grade for a domain: each data set scores the points of its position (default
 * better +2, similar 0, worse -2) plus those of its direction (improved +1, stable 0, deteriorated -1);
 * the mean over the data sets picks the first band, best first, whose minimum it reaches (default
 * Excellent from 1, Good from 0, Fair from -1, else Poor). A data set marked `tested: false` (a figure
 * with no sampling error) scores at most 1 point either way; one marked `directionMissing` scores its
 * position alone (direction 0). The trace says what each data set scored and
 * why. A person decides: this is a recommendation.
 *
 * Positions are read as MSGPOSITION writes them or as one word; directions as Improved, Stable or
 * Deteriorated. A blank gives `blank-value`; a value-for-money position (higher or lower) gives
 * `not-graded`; no data sets give `nothing-to-grade`.
 */
export function recommendGrade(inputs: readonly GradeInput[], rules: GradingRules = defaultGradingRules): Result<GradeRecommendation> {
  if (inputs.length === 0) return failure(issue("nothing-to-grade"));
  const lines = all(
    inputs.map((input, i) => {
      const path = input.dataSet ? { dataSet: input.dataSet } : { row: i + 1 };
      const missing = input.directionMissing === true;
      const read = all([parsePosition(input.position, path), missing ? success("missing" as const) : parseDirection(input.direction, path)] as const);
      if (!read.ok) return read;
      const [position, direction] = read.value;
      const p = rules.positionPoints[position];
      const d = direction === "missing" ? 0 : rules.directionPoints[direction];
      const directionWords = direction === "missing" ? "no direction of travel, as a year's figure is missing (0)" : `${direction} (${signed(d)})`;
      const untested = input.tested === false || (input.tested === undefined && isUntestedPosition(input.position));
      const points = untested ? Math.max(-1, Math.min(1, p + d)) : p + d;
      const line: TraceLine = {
        ...(input.dataSet === undefined ? {} : { dataSet: input.dataSet }),
        position,
        direction,
        points,
        reason: `${positionWords[position]} (${signed(p)}); ${directionWords}${untested && points !== p + d ? `; not tested (no sampling error), so at most 1 point either way: ${signed(points)}` : ""}`,
      };
      return success(line);
    }),
  );
  if (!lines.ok) return lines;
  const trace = lines.value;
  const score = trace.reduce((sum, l) => sum + l.points, 0) / trace.length;
  const band = rules.bands.find((b) => b.minimumScore !== null && score >= b.minimumScore) ?? rules.bands[rules.bands.length - 1];
  if (!band) return failure(issue("no-lowest-grade"));
  const shown = Math.round(score * 100) / 100;
  const rule =
    band.minimumScore === null
      ? `A mean score of ${shown} is below every minimum, so the grade is ${band.grade}.`
      : `A mean score of ${shown} reaches ${band.minimumScore}, the minimum for ${band.grade}.`;
  return success({ grade: band.grade, score, trace, rule });
}
