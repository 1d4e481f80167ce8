import { groupFromRows, type ForceFigure, type ForceValue, type MsgGroup, type YearFigure } from "../src/engine/compare";
import { normaliseForceName } from "../src/engine/forces/names";
import { andThen, all, mapResult, success, type Result } from "../src/engine/result";
import { list, name, sameLength, wordList, wordTable } from "./arguments";

/**
 * The group of `force` from the MSG table argument (force in the first column, peers after it, one
 * or many per row), as a list of one group for the engine's comparisons. As Excel's lookups do, only
 * the force's own rows are read: a problem in another force's row does not stop this one. When the
 * force has no row, the whole table is read to suggest the closest name.
 */
export function groupArgument(force: string, msgTable: unknown): Result<readonly MsgGroup[]> {
  const key = normaliseForceName(force);
  const own = Array.isArray(msgTable) ? msgTable.filter((row) => Array.isArray(row) && typeof row[0] === "string" && normaliseForceName(row[0]) === key) : [];
  return andThen(wordTable(own.length > 0 ? own : msgTable, "The MSG table"), (rows) => mapResult(groupFromRows(force, rows), (group) => [group]));
}

/** Forces and one column of values, paired row by row. */
export function forceValues(forces: unknown, values: unknown, valuesLabel: string): Result<readonly ForceValue[]> {
  const read = all([wordList(forces, "The forces"), list(values, valuesLabel)] as const);
  return andThen(read, ([names, numbers]) =>
    andThen(sameLength(names, numbers, "The forces", valuesLabel), () =>
      all(names.map((n, i) => mapResult(name(n, "A force"), (force) => ({ force, value: numbers[i] ?? null })))),
    ),
  );
}

/** Forces with numerators and denominators, paired row by row. */
export function forceFigures(forces: unknown, numerators: unknown, denominators: unknown): Result<readonly ForceFigure[]> {
  return andThen(forceValues(forces, numerators, "The numerators"), (withNumerators) =>
    andThen(list(denominators, "The denominators"), (bottoms) =>
      andThen(sameLength(withNumerators, bottoms, "The forces", "The denominators"), () =>
        success(withNumerators.map((f, i) => ({ force: f.force, numerator: f.value, denominator: bottoms[i] ?? null }))),
      ),
    ),
  );
}

/** A force's own series, oldest first, from a row or column of numerators and one of denominators. */
export function yearFigures(numerators: unknown, denominators: unknown): Result<readonly YearFigure[]> {
  const read = all([list(numerators, "The numerators"), list(denominators, "The denominators")] as const);
  return andThen(read, ([tops, bottoms]) =>
    mapResult(sameLength(tops, bottoms, "The numerators", "The denominators"), () =>
      tops.map((numerator, i) => ({ numerator, denominator: bottoms[i] ?? null })),
    ),
  );
}
