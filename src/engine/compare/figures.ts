import { groupBy } from "../groupBy";
import { once } from "../remember";
import type { Statistic } from "../catalogue/types";
import { normaliseForceName, sameForce } from "../forces/names";
import { readCount, readCountDivisor, readDivisor, readNumber, type InputValue } from "../input";
import { all, andThen, failure, issue, mapResult, success, warning, type Issue, type IssuePath, type Result } from "../result";

/**
 * One force's figures for one data set and year: a numerator (offences, detections, pounds, a survey
 * percentage) and a denominator (population, households, offences, FTE, a survey's sample size).
 * Leave `denominator` out when the figure is given directly (a gap in percentage points).
 */
export interface ForceFigure {
  readonly force: string;
  readonly numerator: InputValue;
  readonly denominator?: InputValue;
}

/** A figure for one year of a force's own series, oldest first. */
export interface YearFigure {
  readonly year?: string;
  readonly numerator: InputValue;
  readonly denominator?: InputValue;
}

/**
 * A figure checked and put on a common footing: `events` out of `exposure`, so that every statistic
 * compares the same way. For a survey, events are the respondents agreeing (percentage x sample size).
 */
export interface CheckedFigure {
  readonly events: number;
  readonly exposure: number;
}

/** Labels for the inputs, in the users' words, for messages. */
export interface FigureLabels {
  readonly numerator: string;
  readonly denominator: string;
}

export const defaultLabels: Readonly<Record<Statistic, FigureLabels>> = {
  rate: { numerator: "Count", denominator: "Population" },
  proportion: { numerator: "Sanction detections", denominator: "Offences" },
  survey: { numerator: "Percentage", denominator: "Sample size" },
  figure: { numerator: "Figure", denominator: "Divisor" },
};

/** The multiplier a figure is shown with when the caller gives none: per 1,000 for rates, % for surveys. */
export const defaultPer: Readonly<Record<Statistic, number>> = { rate: 1000, proportion: 1, survey: 100, figure: 1 };

/** A checked figure whose ratio overflows (a divisor so near 0 that no real figure could give it) is refused. */
function finiteFigure(figure: CheckedFigure, path: IssuePath): Result<CheckedFigure> {
  return Number.isFinite((figure.events / figure.exposure) * 1e6) ? success(figure) : failure(issue("result-too-large", path, { measure: "figure" }));
}

function checkFigureValues(
  figure: { readonly numerator: InputValue; readonly denominator?: InputValue },
  statistic: Statistic,
  path: IssuePath,
  labels: FigureLabels = defaultLabels[statistic],
): Result<CheckedFigure> {
  // Only the label here: the issue's path (the force, year and data set) is added by checkFigure when a
  // figure fails, since copying it for every figure read was a quarter of MSGAVERAGE's time.
  const name = (label: string) => ({ label });
  if (statistic === "figure") {
    const amount = readNumber(figure.numerator, name(labels.numerator));
    if (!("denominator" in figure)) return mapResult(amount, (events) => ({ events, exposure: 1 }));
    const pair = all([amount, readDivisor(figure.denominator, name(labels.denominator), "figure")] as const);
    return mapResult(pair, ([events, exposure]) => ({ events, exposure }));
  }
  if (statistic === "survey") {
    const pair = all([
      readNumber(figure.numerator, name(labels.numerator), "a percentage from 0 to 100"),
      readDivisor(figure.denominator, name(labels.denominator), "survey result"),
    ] as const);
    if (!pair.ok) return pair;
    const [pct, size] = pair.value;
    if (pct < 0 || pct > 100) {
      return failure(issue("out-of-range", { ...path, argument: labels.numerator }, { label: labels.numerator, value: pct, range: "from 0 to 100" }));
    }
    return success({ events: (pct / 100) * size, exposure: size });
  }
  const measure = statistic === "rate" ? "rate" : "proportion";
  const pair = all([
    readCount(figure.numerator, name(labels.numerator)),
    statistic === "rate"
      ? readDivisor(figure.denominator, name(labels.denominator), measure)
      : readCountDivisor(figure.denominator, name(labels.denominator), measure),
  ] as const);
  if (!pair.ok) return pair;
  const [events, exposure] = pair.value;
  const warnings: Issue[] = [];
  if (statistic === "proportion" && events > exposure) {
    warnings.push(warning("detections-exceed-offences", path, { detections: events, offences: exposure }));
  }
  return success({ events, exposure }, warnings);
}

/** A list of figures by force, for looking up each member of a group once. */
export type FiguresByForce<F> = ReadonlyMap<string, readonly F[]>;

/**
 * Checks one figure by the rules of its statistic: counts whole and not negative, a denominator more
 * than 0, a survey percentage from 0 to 100 with a sample of at least 1, and a ratio that does not
 * overflow (`result-too-large`).
 */
export function checkFigure(
  figure: { readonly numerator: InputValue; readonly denominator?: InputValue },
  statistic: Statistic,
  path: IssuePath,
  labels: FigureLabels = defaultLabels[statistic],
): Result<CheckedFigure> {
  const checked = checkFigureValues(figure, statistic, path, labels);
  if (!checked.ok) return failure(checked.issues.map((i) => ({ ...i, path: { ...path, ...i.path } })));
  return andThen(checked, (c) => finiteFigure(c, path));
}

/** Indexes already made, per list of figures (lists are never changed once made). */
const indexes = new WeakMap<readonly { readonly force: string }[], FiguresByForce<{ readonly force: string }>>();

/** A list this short is indexed again faster than a remembered index is looked up (a custom function's group of forces). */
const REMEMBERED_FROM = 16;

function indexOf<F extends { readonly force: string }>(figures: readonly F[]): FiguresByForce<F> {
  return groupBy(figures, (f) => normaliseForceName(f.force));
}

/** Groups figures by normalised force name. The same list of {@link REMEMBERED_FROM} or more gives the same index, made once. */
export function byForce<F extends { readonly force: string }>(figures: readonly F[]): FiguresByForce<F> {
  return figures.length < REMEMBERED_FROM ? indexOf(figures) : (once(indexes, figures, () => indexOf(figures)) as FiguresByForce<F>);
}

/** The figure of one force from a list (or its index), or `no-data` / `duplicate-force`. */
export function figureOf<F extends { readonly force: string }>(force: string, figures: readonly F[] | FiguresByForce<F>, what = "figures"): Result<F> {
  const matches = "get" in figures ? (figures.get(normaliseForceName(force)) ?? []) : figures.filter((f) => sameForce(f.force, force));
  const [only, ...more] = matches;
  if (only === undefined) return failure(issue("no-data", { force }, { force, what }));
  if (more.length > 0) return failure(issue("duplicate-force", { force }, { force }));
  return success(only);
}
