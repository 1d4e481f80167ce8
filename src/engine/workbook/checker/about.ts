import { issue, type Issue } from "../../result";
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
 * Checks About: the template version (missing, older with what changed since, or newer), and the
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
    issues.push(issue(readable ? "template-version-readable" : "template-version-old", where(v), { found: version, expected: TEMPLATE_VERSION, changes }, readable ? "warning" : "error"));
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
