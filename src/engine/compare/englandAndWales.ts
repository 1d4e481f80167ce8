import type { Statistic } from "../catalogue/types";
import { checkFigure, defaultPer, type ForceFigure } from "./figures";
import { weightedAverage } from "./msgAverage";

/** The figure for England and Wales as a whole, with the totals behind it and the forces it covers. */
export interface EnglandAndWalesFigure {
  /** Sum of all forces' numerators / sum of their denominators x per. */
  readonly value: number;
  readonly numerator: number;
  readonly denominator: number;
  /** The forces counted, in the order given. */
  readonly forces: readonly string[];
  /** Forces given whose figure could not be used (blank, not a number, zero denominator), in the order given. */
  readonly leftOut: readonly string[];
}

/**
 * The England and Wales figure of a data set: the sum of every force's numerator over the sum of
 * every force's denominator, times `per` (so 1,000 offences in a force of 1,000,000 people and 10 in
 * a force of 1,000 give 1,010 / 1,001,000 x 1,000 = 1.009 per 1,000, not the mean of the rates 1 and
 * 10). It is the figure of the country as if it were one force. For surveys the numerator is the
 * percentage times the sample size, so the figure is weighted by sample size; for a cost, the sum of
 * costs over the sum of FTE (or population). A figure given with no denominator (a gap in percentage
 * points) counts each force once, so the figure is the mean of the forces' figures.
 *
 * Unit: that of the data set (`per` defaults by statistic: rates per 1,000, surveys %). A force whose
 * figure is blank or unusable is left out (listed in `leftOut`), never read as 0; null when no force
 * has a usable figure.
 */
export function englandAndWalesFigure(figures: readonly ForceFigure[], statistic: Statistic, per: number = defaultPer[statistic]): EnglandAndWalesFigure | null {
  const used: { force: string; events: number; exposure: number }[] = [];
  const leftOut: string[] = [];
  for (const f of figures) {
    const checked = checkFigure(f, statistic, {});
    if (checked.ok) used.push({ force: f.force, ...checked.value });
    else leftOut.push(f.force);
  }
  if (used.length === 0) return null;
  const forces = used.map((u) => u.force);
  const total = weightedAverage(used, forces, per);
  return Number.isFinite(total.value) ? { value: total.value, numerator: total.numerator, denominator: total.denominator, forces, leftOut } : null;
}
