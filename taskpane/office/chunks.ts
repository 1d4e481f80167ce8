/**
 * Cells per request: well under the 5 MB request limit of Excel on the web (a cell of text costs tens of
 * bytes in the request's JSON) and far under the 5 million cell read limit.
 */
export const CELL_BUDGET = 100_000;

/** A run of rows [start, end) of a block. */
export interface RowSlice {
  readonly start: number;
  readonly end: number;
}

/** Splits `rows` rows of `columns` cells each into slices of at most `budget` cells (at least one row each). */
export function rowSlices(rows: number, columns: number, budget = CELL_BUDGET): RowSlice[] {
  const perSlice = Math.max(1, Math.floor(budget / Math.max(1, columns)));
  const slices: RowSlice[] = [];
  for (let start = 0; start < rows; start += perSlice) slices.push({ start, end: Math.min(rows, start + perSlice) });
  return slices;
}

/**
 * Groups work items of known cell counts into batches of at most `budget` cells each, in order; an
 * item larger than the budget is a batch on its own (split it with {@link rowSlices} first).
 */
export function batches<T>(items: readonly T[], cellsOf: (item: T) => number, budget = CELL_BUDGET): T[][] {
  const out: T[][] = [];
  let current: T[] = [];
  let used = 0;
  for (const item of items) {
    const cells = cellsOf(item);
    if (current.length > 0 && used + cells > budget) {
      out.push(current);
      current = [];
      used = 0;
    }
    current.push(item);
    used += cells;
  }
  if (current.length > 0) out.push(current);
  return out;
}
