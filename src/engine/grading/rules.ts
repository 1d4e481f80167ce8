import type { DirectionKind } from "../compare/direction";
import type { PositionKind } from "../compare/msgPosition";

/** A grade and the lowest mean score that earns it. */
export interface GradeBand {
  readonly grade: string;
  /** The lowest mean score for this grade; `null` for the lowest grade, which takes every other score. */
  readonly minimumScore: number | null;
}

/**
 * How a domain's grade is recommended, as data (the workbook's Rules and Scale tables hold the same
 * values, so the method is visible and editable): each data set scores points for its position against
 * similar forces and for its direction of travel; the mean over the domain's data sets picks the band.
 */
export interface GradingRules {
  readonly positionPoints: Readonly<Record<"better" | "similar" | "worse", number>>;
  readonly directionPoints: Readonly<Record<"improved" | "stable" | "deteriorated", number>>;
  /** Best first. */
  readonly bands: readonly GradeBand[];
}

/**
 * The default rules. No published 2009 algorithm was found (DOMAIN.md, section 2): these follow the
 * predecessor framework's scale (Excellent, Good, Fair, Poor) and weigh delivery against similar forces
 * twice as much as direction against the force's own past. A force similar to its group everywhere and
 * stable is "Good".
 */
export const defaultGradingRules: GradingRules = {
  positionPoints: { better: 2, similar: 0, worse: -2 },
  directionPoints: { improved: 1, stable: 0, deteriorated: -1 },
  bands: [
    { grade: "Excellent", minimumScore: 1 },
    { grade: "Good", minimumScore: 0 },
    { grade: "Fair", minimumScore: -1 },
    { grade: "Poor", minimumScore: null },
  ],
};

/** The rule names used in a two-column rules table (name, value), as the GRADE function and the Rules sheet take them. */
export const ruleNames = {
  position: (kind: "better" | "similar" | "worse") => `points for ${kind}`,
  direction: (kind: "improved" | "stable" | "deteriorated") => `points for ${kind}`,
  band: (grade: string) => `minimum score for ${grade}`,
} as const;

export type GradedPosition = Extract<PositionKind, "better" | "similar" | "worse">;
export type GradedDirection = Extract<DirectionKind, "improved" | "stable" | "deteriorated">;
