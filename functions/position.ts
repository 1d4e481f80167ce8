import { overdispersionAmong, type AssessmentSettings } from "../src/engine/assessment";
import type { ComparisonOptions, ForceFigure } from "../src/engine/compare";
import { noOverdispersion, type Overdispersion } from "../src/engine/stats/funnel";
import { all, andThen, mapResult, success, type Result } from "../src/engine/result";
import { cell, cellsOf, optionalNumber, sameLength } from "./arguments";
import { groupArgument } from "./assemble";
import type { MeasureChoice } from "./arguments";
import { perFor } from "./choices";

/**
 * MSGPOSITION's design effect: one value (the force's own; every other force takes the Rules'
 * default) or a column as long as the forces (each force's own, as the Survey table holds them).
 * Blank means the Rules' default.
 */
export function designEffects(value: unknown, forces: unknown, settings: AssessmentSettings): Result<(force: string, row?: number) => number> {
  const fallback = settings.defaultDesignEffect;
  const single = (v: unknown) => optionalNumber(v === 0 ? null : v, fallback, "The design effect");
  if (!Array.isArray(value)) return mapResult(single(value), (d) => () => d);
  return andThen(all([cellsOf(value, "The design effects"), cellsOf(forces, "The forces")] as const), ([cells, names]) => {
    if (cells.length === 1) return mapResult(single(cells[0]), (d) => () => d);
    return andThen(sameLength(names, cells, "The forces", "The design effects"), () => {
      const byForce = new Map<string, number>();
      names.forEach((n, i) => {
        const read = single(cells[i]);
        if (typeof n === "string" && read.ok) byForce.set(n.trim().toLowerCase(), read.value);
      });
      return success((force: string) => byForce.get(force.trim().toLowerCase()) ?? fallback);
    });
  });
}

/** Every force's figures that can be read from the columns (for the spread between forces); unreadable rows are left out, as the assessment leaves them out. */
function readableFigures(forces: unknown, numerators: unknown, denominators: unknown, direct: boolean): ForceFigure[] {
  const read = all([cellsOf(forces, "The forces"), cellsOf(numerators, "The numerators"), cellsOf(denominators, "The denominators")] as const);
  if (!read.ok) return [];
  const [names, tops, bottoms] = read.value;
  const figures: ForceFigure[] = [];
  names.forEach((n, i) => {
    if (typeof n !== "string" || n.trim() === "") return;
    const numerator = cell(tops[i], "The numerator");
    const denominator = cell(bottoms[i], "The denominator");
    if (!numerator.ok || !denominator.ok) return;
    figures.push(direct ? { force: n.trim(), numerator: numerator.value } : { force: n.trim(), numerator: numerator.value, denominator: denominator.value });
  });
  return figures;
}

/**
 * The comparison the assessment makes, from the Rules: with `funnel` (the default), the spread
 * between forces is estimated across every force in the columns that has a group in the MSG table,
 * by the assessment's own routine, so a formula given the whole country's figures gives the task
 * pane's answer; with `interval`, the exact interval test.
 */
export function comparisonOf(
  settings: AssessmentSettings,
  chosen: MeasureChoice,
  columns: { readonly forces: unknown; readonly numerators: unknown; readonly denominators: unknown; readonly msgTable: unknown; readonly year: string | undefined },
  designEffect: (force: string) => number,
): Pick<ComparisonOptions, "comparison" | "overdispersion" | "materialRelative" | "materialPoints"> {
  const base = { comparison: settings.comparison, materialRelative: settings.materialRelative, materialPoints: settings.materialPoints };
  if (settings.comparison !== "funnel") return base;
  const figures = readableFigures(columns.forces, columns.numerators, columns.denominators, chosen.direct ?? false);
  const groupsOf = (force: string) => {
    const found = groupArgument(force, columns.msgTable, columns.year);
    return found.ok ? found.value : [];
  };
  const overdispersion: Overdispersion =
    figures.length === 0 ? noOverdispersion : overdispersionAmong(figures.map((f) => f.force), groupsOf, figures, { statistic: chosen.statistic, per: perFor(chosen) }, settings, designEffect);
  return { ...base, overdispersion };
}
