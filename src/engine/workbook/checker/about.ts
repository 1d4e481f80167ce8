import { issue, type Issue } from "../../result";
import { sameHeader, type CellValue } from "../snapshot";
import { aboutItems, TEMPLATE_VERSION, templateChangelog } from "../template";
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

/**
 * Checks About: the template version (missing, older with what changed since: a warning within the same
 * major version, whose layouts are still read, an error otherwise; or newer), and the
 * assessment year (a financial year such as 2008/09). Returns the assessment year when it is valid.
 */
export function checkAbout(loc: LocatedTable | undefined, issues: Issue[]): string | undefined {
  if (!loc) return undefined;
  const rows = loc.table.rows;
  const find = (item: string) => rows.findIndex((r) => !isBlankRow(r) && typeof valueAt(loc, r, "Item") === "string" && sameHeader(String(valueAt(loc, r, "Item")), item));
  const where = (index: number) => (index >= 0 ? cellPath(loc, index, "Value") : { ...cellPath(loc, -1, "Item") });

  const v = find(aboutItems.version);
  const version = v >= 0 ? versionText(valueAt(loc, rows[v] ?? [], "Value")) : undefined;
  if (version === undefined) {
    issues.push(issue("template-version-missing", where(v), { expected: TEMPLATE_VERSION }));
  } else if (compareVersions(version, TEMPLATE_VERSION) < 0) {
    const changes = templateChangelog
      .filter((c) => compareVersions(c.version, version) > 0)
      .map((c) => `version ${c.version}: ${c.changes.join("; ")}.`)
      .join(" ");
    const sameMajor = versionNumber(version)[0] === versionNumber(TEMPLATE_VERSION)[0];
    issues.push(issue("template-version-old", where(v), { found: version, expected: TEMPLATE_VERSION, changes }, sameMajor ? "warning" : "error"));
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
