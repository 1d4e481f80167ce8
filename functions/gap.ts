import { surveyGapOf, type SurveyGap } from "../src/engine/compare";
import { normaliseForceName } from "../src/engine/forces/names";
import type { InputValue } from "../src/engine/input";
import { all, andThen, failure, issue, mapResult, success, type Result } from "../src/engine/result";
import { cellsOf, list, sameLength, table } from "./arguments";

/**
 * Whether a range holds two groups side by side (white and minority ethnic victims' figures for a
 * gap): rows two cells wide. A single column is the gap itself, as template 1.0 held it.
 */
export function twoWide(range: unknown): boolean {
  return Array.isArray(range) && range.length > 0 && range.every((r) => Array.isArray(r) && r.length === 2);
}

/** Whether a range holds a gap's two groups year by year: two columns (years down) or two rows of three years or more (years across). */
export function twoGroupsByYear(range: unknown): boolean {
  return twoWide(range) || (Array.isArray(range) && range.length === 2 && range.every((r) => Array.isArray(r) && r.length >= 3));
}

const group = (row: readonly InputValue[], sizes: readonly InputValue[], i: 0 | 1) => ({ percentage: row[i] ?? null, size: sizes[i] ?? null });

/**
 * Every force's survey gap from two columns of percentages (first group, second group) and two of
 * sample sizes, by normalised force name, as the assessment reads the Survey table: a row whose
 * figures cannot be tested is left out (it cannot be a peer of a tested gap). With it, each row's gap
 * as a figure, |first - second| (the first percentage alone when the second is blank), one column,
 * for the comparison of a gap that cannot be tested.
 */
export function gapColumns(
  forces: unknown,
  percentages: unknown,
  sizes: unknown,
  designEffect: (force: string) => number,
): Result<{ readonly gaps: ReadonlyMap<string, SurveyGap>; readonly figures: InputValue[][] }> {
  if (!twoWide(sizes)) return failure(shapeIssue("The sample sizes", sizes, "two columns"));
  return andThen(all([cellsOf(forces, "The forces"), table(percentages, "The percentages"), table(sizes, "The sample sizes")] as const), ([names, tops, bottoms]) =>
    mapResult(all([sameLength(names, tops, "The forces", "The percentages"), sameLength(names, bottoms, "The forces", "The sample sizes")] as const), () => {
      const gaps = new Map<string, SurveyGap>();
      const figures = tops.map((row, i): InputValue[] => {
        const name = names[i];
        const size = bottoms[i] ?? [];
        if (typeof name === "string" && name.trim() !== "") {
          const gap = surveyGapOf(name.trim(), group(row, size, 0), group(row, size, 1), designEffect(name));
          const key = normaliseForceName(name);
          if (gap.ok && !gaps.has(key)) gaps.set(key, gap.value);
        }
        const [first = null, second = null] = row;
        return [typeof first === "number" && typeof second === "number" ? Math.abs(first - second) : first];
      });
      return { gaps, figures };
    }),
  );
}

function shapeIssue(label: string, range: unknown, shape: string) {
  const rows = Array.isArray(range) ? range.length : 1;
  const columns = Array.isArray(range) ? Math.max(0, ...range.map((r) => (Array.isArray(r) ? r.length : 1))) : 1;
  return issue("two-groups-needed", { argument: label }, { label, rows, columns, shape });
}

/**
 * A force's gap year by year, oldest first, from a block of percentages and one of sample sizes of
 * the same shape: the years down and the two groups across (n x 2), or the groups down and the years
 * across (2 x n), with three years or more. Each year is checked as the assessment checks it.
 */
export function gapSeries(percentages: unknown, sizes: unknown, designEffect: number): Result<readonly { readonly year: string; readonly gap: SurveyGap }[]> {
  return andThen(all([table(percentages, "The percentages"), table(sizes, "The sample sizes")] as const), ([tops, bottoms]) => {
    const across = tops.length === 2 && (tops[0]?.length ?? 0) >= 3;
    const byYear = (rows: readonly (readonly InputValue[])[]) => (across ? (rows[0] ?? []).map((_, j) => [rows[0]?.[j] ?? null, rows[1]?.[j] ?? null]) : rows);
    const [years, yearSizes] = [byYear(tops), byYear(bottoms)];
    if (!years.every((r) => r.length === 2)) return failure(shapeIssue("The percentages", percentages, "as n rows by 2 columns or 2 rows by n columns"));
    if (years.length < 3) return failure(issue("fewer-than-three-years", { argument: "The percentages" }, { count: years.length }));
    if (yearSizes.length !== years.length || !yearSizes.every((r) => r.length === 2)) return failure(shapeIssue("The sample sizes", sizes, "the same shape as the percentages"));
    return all(
      years.map((row, i) => {
        const year = `year ${i + 1}`;
        return mapResult(surveyGapOf(year, group(row, yearSizes[i] ?? [], 0), group(row, yearSizes[i] ?? [], 1), designEffect), (gap) => ({ year, gap }));
      }),
    );
  });
}

/**
 * The reference a gap's change is set against: its mean gap (in points) in three years or more,
 * oldest first, such as the mean over every force with a gap in both the first and the last year; the
 * change is the latest less the one two years before. Null when not given.
 */
export function gapReference(gaps: unknown): Result<{ readonly name: string; readonly change: number } | null> {
  if (gaps === null || gaps === undefined || gaps === "") return success(null);
  return andThen(list(gaps, "The reference"), (values) => {
    if (values.length < 3) return failure(issue("fewer-than-three-years", { argument: "The reference" }, { count: values.length }));
    const [earlier, latest] = [values[values.length - 3], values[values.length - 1]];
    if (typeof earlier !== "number" || typeof latest !== "number") return failure(issue("not-a-number", { argument: "The reference" }, { label: "The reference's gap", value: String(typeof earlier !== "number" ? earlier : latest) }));
    return success({ name: "the reference", change: latest - earlier });
  });
}
