import { normaliseForceName } from "../../forces/names";
import { warning, type Issue } from "../../result";
import type { CellValue } from "../snapshot";
import { percentageRange, rowDataSet } from "./cells";
import { cellPath, isBlankRow, noteAt, textOf, valueAt, type LocatedTable } from "./context";

/** A number as the percentage someone most likely meant: 0.401 as 40.1 (without binary noise). */
export function asPercentage(fraction: number): number {
  return Number((fraction * 100).toPrecision(12));
}

interface SurveyFigure {
  readonly index: number;
  readonly value: number;
  readonly year: string;
}

/**
 * A Survey percentage that looks like a fraction: `percent-as-fraction` (a warning, with "did you mean
 * 40.1?"), when the cell is a number shown as a percentage (40.1% typed in Excel is stored as 0.401),
 * or when it is above 0 and at most 1 while all the force's other years of the same survey are above 1.
 * Gaps in points (comparative satisfaction, which may be small or negative) are checked only by format.
 * A percentage of 0 is never flagged: 0 and 0% are the same.
 */
export function checkPercentScale(loc: LocatedTable): Issue[] {
  const figures = new Map<string, SurveyFigure[]>();
  loc.table.rows.forEach((row: readonly CellValue[], index) => {
    if (isBlankRow(row)) return;
    const value = valueAt(loc, row, "Percentage");
    const force = textOf(valueAt(loc, row, "Force"));
    const id = rowDataSet(loc, row)?.id;
    if (typeof value !== "number" || !Number.isFinite(value) || !force || !id) return;
    const key = `${normaliseForceName(force)}\u0000${id}`;
    const list = figures.get(key) ?? [];
    list.push({ index, value, year: textOf(valueAt(loc, row, "Year")) ?? "" });
    figures.set(key, list);
  });
  const issues: Issue[] = [];
  for (const list of figures.values()) {
    for (const f of list) {
      const row = loc.table.rows[f.index] ?? [];
      const gap = percentageRange(rowDataSet(loc, row)).low < 0;
      const shown = noteAt(loc, f.index, "Percentage")?.percentFormat === true && f.value !== 0 && Math.abs(f.value) <= 1;
      const others = list.filter((o) => o !== f);
      const smallBesideOthers = !gap && f.value > 0 && f.value <= 1 && others.length > 0 && others.every((o) => o.value > 1);
      if (!shown && !smallBesideOthers) continue;
      const path = cellPath(loc, f.index, "Percentage");
      const reason = shown
        ? `it is formatted as a percentage, so it shows as ${asPercentage(f.value)}% but is stored as ${f.value}`
        : `the force's other years are ${others.map((o) => `${o.value} (${o.year})`).join(" and ")}`;
      issues.push(warning("percent-as-fraction", path, { label: `Survey ${path.cell ?? ""}`.trim(), value: f.value, suggestion: asPercentage(f.value), reason }));
    }
  }
  return issues;
}
