import { issue, type Issue, type IssuePath } from "../../result";
import { sameHeader, type CellValue } from "../snapshot";
import { aboutItems, OLDEST_READABLE_VERSION, TEMPLATE_VERSION, templateChangelog } from "../template";
import { isFinancialYear } from "../years";
import { cellPath, isBlankRow, textOf, valueAt, type LocatedTable } from "./context";

function versionNumber(v: string): number[] {
  return v.split(".").map(Number);
}

/** Negative when version a is older than b. */
export function compareVersions(a: string, b: string): number {
  const x = versionNumber(a);
  const y = versionNumber(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** A version as typed: Excel keeps "1.0" typed into a cell as the number 1. */
function versionText(value: CellValue | undefined): string | undefined {
  if (typeof value === "number" && Number.isFinite(value)) return Number.isInteger(value) ? value.toFixed(1) : String(value);
  return textOf(value);
}

/** Where an About item's value is (its Value cell), or the Item heading when the item is missing. */
export function aboutItemPath(loc: LocatedTable, item: string): IssuePath {
  const index = aboutRowIndex(loc, item);
  return index >= 0 ? cellPath(loc, index, "Value") : cellPath(loc, -1, "Item");
}

/** The row of an About item, without regard to case or spacing; -1 when there is none. */
export function aboutRowIndex(loc: LocatedTable, item: string): number {
  return loc.table.rows.findIndex((r) => !isBlankRow(r) && typeof valueAt(loc, r, "Item") === "string" && sameHeader(String(valueAt(loc, r, "Item")), item));
}

/** The template version the About table records, as text ("1.0"); undefined when there is none. */
export function workbookVersion(loc: LocatedTable | undefined): string | undefined {
  if (!loc) return undefined;
  const v = aboutRowIndex(loc, aboutItems.version);
  return v >= 0 ? versionText(valueAt(loc, loc.table.rows[v] ?? [], "Value")) : undefined;
}

/**
 * Whether a table or column added in template version `since` may be missing from a workbook of
 * `version`: yes when the workbook is older than `since` (what it lacks reads as blank).
 */
export function addedAfter(since: string | undefined, version: string | undefined): boolean {
  return since !== undefined && version !== undefined && /^\d+(\.\d+)*$/.test(version) && compareVersions(version, since) < 0;
}

/**
 * The assessment year with no figures at all (`year-without-data`, an error): no row of Data, Finance
 * or Survey is for that year, so every force would be "not enough data". Undefined when some table
 * has a row for it, none of the three tables was found, or they hold no figures at all (an empty
 * template, which is not yet wrong).
 */
export function checkYearHasData(about: LocatedTable | undefined, year: string | undefined, tables: readonly (LocatedTable | undefined)[]): Issue | undefined {
  const found = tables.filter((t): t is LocatedTable => t !== undefined);
  if (!about || !year || found.length === 0) return undefined;
  const has = found.some((loc) => loc.table.rows.some((r) => textOf(valueAt(loc, r, "Year")) === year));
  if (has) return undefined;
  const years = new Set<string>();
  for (const loc of found) for (const r of loc.table.rows) {
    const y = textOf(valueAt(loc, r, "Year"));
    if (y && isFinancialYear(y)) years.add(y);
  }
  if (years.size === 0) return undefined;
  const names = found.map((t) => t.spec.name);
  const tablesText = names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names[names.length - 1] ?? ""}` : (names[0] ?? "");
  return issue("year-without-data", aboutItemPath(about, aboutItems.assessmentYear), { year, tables: tablesText, years: [...years].sort().join(", ") });
}

/**
 * Checks About: the template version (missing, older with what changed since: a warning within the same
 * major version, whose layouts are still read, an error otherwise; or newer), and the
 * assessment year (a financial year such as 2008/09). Returns the assessment year when it is valid.
 */
export function checkAbout(loc: LocatedTable | undefined, issues: Issue[]): string | undefined {
  if (!loc) return undefined;
  const rows = loc.table.rows;
  const find = (item: string) => aboutRowIndex(loc, item);
  const where = (index: number) => (index >= 0 ? cellPath(loc, index, "Value") : { ...cellPath(loc, -1, "Item") });

  const v = find(aboutItems.version);
  const version = workbookVersion(loc);
  if (version === undefined) {
    issues.push(issue("template-version-missing", where(v), { expected: TEMPLATE_VERSION }));
  } else if (compareVersions(version, TEMPLATE_VERSION) < 0) {
    const changes = templateChangelog
      .filter((c) => compareVersions(c.version, version) > 0)
      .map((c) => `version ${c.version}: ${c.changes.join("; ")}.`)
      .join(" ");
    const readable = compareVersions(version, OLDEST_READABLE_VERSION) >= 0;
    issues.push(issue(readable ? "template-version-readable" : "template-version-old", where(v), { found: version, expected: TEMPLATE_VERSION, changes }));
  } else if (compareVersions(version, TEMPLATE_VERSION) > 0) {
    issues.push(issue("template-version-newer", where(v), { found: version, expected: TEMPLATE_VERSION }));
  }

  const y = find(aboutItems.assessmentYear);
  const year = y >= 0 ? valueAt(loc, rows[y] ?? [], "Value") : undefined;
  if (y < 0 || textOf(year) === undefined) {
    issues.push(issue("blank-text", where(y), { label: aboutItems.assessmentYear, expected: "the assessment year, such as 2008/09" }));
    return undefined;
  }
  if (!isFinancialYear(year)) {
    issues.push(issue("bad-year", where(y), { label: aboutItems.assessmentYear, value: String(year) }));
    return undefined;
  }

  const i = find(aboutItems.illustrative);
  const flag = i >= 0 ? textOf(valueAt(loc, rows[i] ?? [], "Value")) : undefined;
  if (flag !== undefined && !["yes", "no"].includes(flag.toLowerCase())) {
    issues.push(issue("unknown-option", where(i), { label: aboutItems.illustrative, value: flag, choices: "Yes, No" }));
  }
  return year;
}
