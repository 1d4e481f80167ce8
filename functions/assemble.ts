import { findGroup, groupFromRows, groupsFromRows, type ForceFigure, type ForceValue, type MsgGroup, type YearFigure } from "../src/engine/compare";
import { normaliseForceName, normaliseWords } from "../src/engine/forces/names";
import type { InputValue } from "../src/engine/input";
import { andThen, all, failure, issue, mapResult, type Result } from "../src/engine/result";
import { cell, cellsOf, list, sameLength, wordTable } from "./arguments";

const yearLike = /^\d{4}\s*[/-]\s*\d{2}(\d{2})?$/;
const sourceWords = new Set(["official", "derived", "home office"]);

/** What a cell that cannot be a peer looks like, or undefined when it may be a force's name. */
function notAForce(value: InputValue): string | undefined {
  if (typeof value === "number" || typeof value === "boolean") return "a number";
  if (typeof value !== "string") return undefined;
  if (yearLike.test(value)) return "a year";
  if (sourceWords.has(normaliseWords(value))) return "the Source column";
  return undefined;
}

const blank = (v: InputValue) => v === null || v === undefined || v === "" || v === 0;

/** A year written 2008/09 or 2008-09, as 2008/09. */
export function yearText(value: InputValue): string {
  return value === null || value === undefined ? "" : String(value).trim().replace(/\s*-\s*/, "/");
}

/**
 * Whether rows of an MSG argument without headings are laid out as the template's MSG table (Force,
 * Peer, Year, Source): a third column of years and a fourth, if any, of sources.
 */
function templateLayout(rows: readonly (readonly InputValue[])[]): boolean {
  return (
    rows.length > 0 &&
    rows.some((r) => r.length >= 3) &&
    rows.every((r) => (blank(r[2] ?? null) || yearLike.test(String(r[2]))) && (blank(r[3] ?? null) || sourceWords.has(normaliseWords(String(r[3]))))) &&
    rows.some((r) => !blank(r[2] ?? null) || !blank(r[3] ?? null))
  );
}

/**
 * The group of `force` from the MSG table argument, as a list of one group for the engine's
 * comparisons. The template's table works as passed (`MSG`, or `MSG[#All]` with its headings): Force
 * and Peer are read by position or heading, Year filters by `year` (rows with no year hold for every
 * year), Source is not a peer. Any other block works with the force in the first column and peers
 * after it (one row per pair, or one row per force). As Excel's lookups do, only the force's own rows
 * are read: a problem in another force's row does not stop this one. A peer that is a year, a number
 * or a source word is refused; a group that differs by year needs the year.
 */
export function groupArgument(force: string, msgTable: unknown, year?: string): Result<readonly MsgGroup[]> {
  const key = normaliseForceName(force);
  const asRow = (r: unknown): readonly unknown[] => (Array.isArray(r) ? (r as unknown[]) : [r]);
  const rows: readonly unknown[] = Array.isArray(msgTable) ? msgTable : [[msgTable]];
  const heading = asRow(rows[0] ?? []).map((c) => (typeof c === "string" ? normaliseWords(c) : ""));
  const headed = heading.includes("force") && heading.includes("peer");
  const forceAt = headed ? heading.indexOf("force") : 0;
  const start = headed ? 1 : 0;
  // One pass, reading only the first cell of other forces' rows; MSG rows come grouped by force, so
  // each name is compared once, not once per row.
  const own: (readonly unknown[])[] = [];
  let last: unknown;
  let lastIsOwn = false;
  for (let i = start; i < rows.length; i++) {
    const row = asRow(rows[i]);
    const cellValue = row[forceAt];
    if (cellValue !== last) {
      last = cellValue;
      lastIsOwn = typeof cellValue === "string" && normaliseForceName(cellValue) === key;
    }
    if (lastIsOwn) own.push(row);
  }
  const body = () => rows.slice(start).map(asRow);
  return andThen(wordTable(own.length > 0 ? own : body(), "The MSG table"), (read) => {
    const forceFirst = (r: readonly InputValue[]) => [r[forceAt] ?? null, ...r.filter((_, i) => i !== forceAt)];
    if (own.length === 0) return mapResult(groupFromRows(force, headed ? read.map((r) => [r[forceAt] ?? null, r[heading.indexOf("peer")] ?? null]) : read), (g) => [g]);
    const template = headed || templateLayout(read);
    const [peerAt, yearAt] = headed ? [heading.indexOf("peer"), heading.indexOf("year")] : template ? [1, 2] : [-1, -1];
    const years = yearAt < 0 ? [] : [...new Set(read.map((r) => yearText(r[yearAt] ?? null)).filter((y) => y !== ""))].sort();
    const wanted = year ? yearText(year) : "";
    if (!wanted && years.length > 1) return failure(issue("year-needed", { force }, { force, years: years.join(", "), latest: years[years.length - 1] ?? "" }));
    const chosen = wanted ? read.filter((r) => [wanted, ""].includes(yearText(r[yearAt] ?? null))) : read;
    const pairs = chosen.map((r) => (template ? [r[forceAt] ?? null, r[peerAt] ?? null] : forceFirst(r)));
    for (const pair of pairs) {
      for (let i = 1; i < pair.length; i++) {
        const peer = pair[i] ?? null;
        const looksLike = notAForce(peer);
        if (looksLike) return failure(issue("peer-not-a-force", { force }, { force, value: String(peer), looksLike }));
      }
    }
    // Every pair is the force's own already: grouped and found without reading them again.
    return mapResult(findGroup(force, groupsFromRows(pairs)), (g) => [g]);
  });
}

/**
 * The rows of a forces column that count: a force's name that is one of `members` (normalised), or
 * any force's name when `members` is not given. Blank rows (the empty end of a whole-column
 * reference) and other forces' rows are skipped unread, so an error there does not stop a result.
 */
function countedRows(names: readonly unknown[], members: ReadonlySet<string> | undefined): { index: number; force: string }[] {
  const rows: { index: number; force: string }[] = [];
  names.forEach((cellValue, index) => {
    if (typeof cellValue !== "string" || cellValue.trim() === "") return;
    if (members && !members.has(normaliseForceName(cellValue))) return;
    rows.push({ index, force: cellValue.trim() });
  });
  return rows;
}

function columns(forces: unknown, others: readonly (readonly [unknown, string])[]): Result<readonly (readonly unknown[])[]> {
  return andThen(all([cellsOf(forces, "The forces"), ...others.map(([range, label]) => cellsOf(range, label))]), (read) => {
    const [names, ...rest] = read as readonly (readonly unknown[])[];
    const first = names ?? [];
    return mapResult(all(rest.map((r, i) => sameLength(first, r, "The forces", others[i]?.[1] ?? ""))), () => read as readonly (readonly unknown[])[]);
  });
}

/** Forces and one column of values, paired row by row: only the rows of `members` are read. */
export function forceValues(forces: unknown, values: unknown, valuesLabel: string, members?: ReadonlySet<string>): Result<readonly ForceValue[]> {
  return andThen(columns(forces, [[values, valuesLabel]]), ([names = [], numbers = []]) =>
    all(countedRows(names, members).map(({ index, force }) => mapResult(cell(numbers[index], () => `${valuesLabel} for ${force}`), (value) => ({ force, value })))),
  );
}

/** Forces with numerators and denominators, paired row by row: only the rows of `members` are read. */
export function forceFigures(forces: unknown, numerators: unknown, denominators: unknown, members?: ReadonlySet<string>, direct = false): Result<readonly ForceFigure[]> {
  return andThen(columns(forces, [[numerators, "The numerators"], [denominators, "The denominators"]]), ([names = [], tops = [], bottoms = []]) =>
    all(
      countedRows(names, members).map(({ index, force }) =>
        mapResult(all([cell(tops[index], () => `The numerator for ${force}`), cell(bottoms[index], () => `The denominator for ${force}`)] as const), ([numerator, denominator]) => (direct ? { force, numerator } : { force, numerator, denominator })),
      ),
    ),
  );
}

/** The normalised names of a group's members, the force included. */
export function memberSet(groups: readonly MsgGroup[]): ReadonlySet<string> {
  const members = new Set<string>();
  for (const g of groups) {
    members.add(normaliseForceName(g.force));
    for (const peer of g.peers) members.add(normaliseForceName(peer));
  }
  return members;
}

/** A force's own series, oldest first, from a row or column of numerators and one of denominators. */
export function yearFigures(numerators: unknown, denominators: unknown, direct = false): Result<readonly YearFigure[]> {
  const read = all([list(numerators, "The numerators"), list(denominators, "The denominators")] as const);
  return andThen(read, ([tops, bottoms]) =>
    mapResult(sameLength(tops, bottoms, "The numerators", "The denominators"), () =>
      tops.map((numerator, i) => (direct ? { numerator } : { numerator, denominator: bottoms[i] ?? null })),
    ),
  );
}
