import type { Statistic } from "../catalogue/types";
import { normaliseForceName } from "../forces/names";
import type { DirectionReference } from "./direction";
import { checkFigure, type CheckedFigure, type ForceFigure } from "./figures";

/**
 * The totals a force's change is set against: the sum of the numerators and of the denominators,
 * in the earlier and the latest year, of the forces named (all forces given when `forces` is null),
 * counting only forces with a usable figure in both years so that the totals cover the same forces.
 * For surveys the numerator is the percentage times the sample size; a figure given with no
 * denominator counts each force once (so its figure is the forces' mean). Null when no force has
 * both years.
 */
export function changeReference(
  name: string,
  earlier: readonly ForceFigure[],
  latest: readonly ForceFigure[],
  statistic: Statistic,
  forces: readonly string[] | null = null,
): DirectionReference | null {
  const wanted = forces ? new Set(forces.map(normaliseForceName)) : null;
  const usable = (figures: readonly ForceFigure[]) => {
    const found = new Map<string, CheckedFigure>();
    for (const f of figures) {
      const key = normaliseForceName(f.force);
      if (wanted && !wanted.has(key)) continue;
      const checked = checkFigure(f, statistic, {});
      if (checked.ok && !found.has(key)) found.set(key, checked.value);
    }
    return found;
  };
  const before = usable(earlier);
  const after = usable(latest);
  const both = [...after.keys()].filter((k) => before.has(k));
  if (both.length === 0) return null;
  const sum = (m: ReadonlyMap<string, CheckedFigure>): CheckedFigure => ({
    events: both.reduce((s, k) => s + (m.get(k) as CheckedFigure).events, 0),
    exposure: both.reduce((s, k) => s + (m.get(k) as CheckedFigure).exposure, 0),
  });
  return { name, earlier: sum(before), latest: sum(after) };
}
