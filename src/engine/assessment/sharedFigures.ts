import type { Statistic } from "../catalogue/types";
import { englandAndWalesFigure, type EnglandAndWalesFigure } from "../compare/englandAndWales";
import { checkFigure, type ForceFigure } from "../compare/figures";
import { normaliseForceName } from "../forces/names";
import { remembered } from "../remember";

/** What every force's assessment of one data set in one year shares: worked out once, not 43 times. */
export interface SharedFigures {
  /** Each force's first row, by normalised name. */
  readonly byForce: ReadonlyMap<string, ForceFigure>;
  /**
   * Each force's figure for ranking, to 12 significant figures so that equal published figures (85%
   * and 85%) tie as in RANK.EQ rather than differ by the floating-point error of (0.85 x n) / n.
   */
  readonly rankValues: readonly { readonly force: string; readonly value: number | null }[];
  readonly englandAndWales: EnglandAndWalesFigure | null;
}

const memo = new WeakMap<readonly ForceFigure[], Map<string, SharedFigures>>();

/**
 * The shared figures of a list of force figures (as figuresFor gives it, never changed once made) for
 * a statistic and multiplier: the index by force, the values ranked and the England and Wales figure.
 */
export function sharedFigures(figures: readonly ForceFigure[], statistic: Statistic, per: number): SharedFigures {
  return remembered(memo, figures, `${statistic}|${per}`, () => made(figures, statistic, per));
}

function made(figures: readonly ForceFigure[], statistic: Statistic, per: number): SharedFigures {
  const byForce = new Map<string, ForceFigure>();
  for (const f of figures) {
    const k = normaliseForceName(f.force);
    if (!byForce.has(k)) byForce.set(k, f);
  }
  const rankValues = figures.map((f) => {
    const c = checkFigure(f, statistic, {});
    return { force: f.force, value: c.ok ? Number(((c.value.events / c.value.exposure) * per).toPrecision(12)) : null };
  });
  return { byForce, rankValues, englandAndWales: englandAndWalesFigure(figures, statistic, per) };
}
