import { normaliseWords as normalise } from "../forces/names";
import { readNumber, type InputValue } from "../input";
import { failure, issue, success, type Issue, type Result } from "../result";
import { defaultGradingRules, ruleNames, type GradeBand, type GradingRules } from "./rules";

const lowestGrade = "lowest grade";

/**
 * Grading rules from a two-column table of rule names and values, as on the workbook's Rules sheet or
 * in the GRADE function's `rules` argument. Rows not given keep their defaults. Rows named
 * "minimum score for <grade>" replace the whole scale; they then need a row "lowest grade" naming the
 * grade for scores below them all. Unknown names give `unknown-rule`; blank rows are skipped.
 */
export function rulesFromTable(rows: readonly (readonly InputValue[])[]): Result<GradingRules> {
  const positionPoints = { ...defaultGradingRules.positionPoints };
  const directionPoints = { ...defaultGradingRules.directionPoints };
  const bands: GradeBand[] = [];
  let floor: string | undefined;
  const issues: Issue[] = [];
  const known = [
    ...(["better", "similar", "worse"] as const).map((k) => ruleNames.position(k)),
    ...(["improved", "stable", "deteriorated"] as const).map((k) => ruleNames.direction(k)),
    ruleNames.band("<grade>"),
    lowestGrade,
  ];
  rows.forEach((row, i) => {
    const [name, value] = row;
    if ((name === null || name === undefined || name === "") && (value === null || value === undefined || value === "")) return;
    const path = { row: i + 1 };
    const key = typeof name === "string" ? normalise(name) : String(name);
    if (key === lowestGrade) {
      if (typeof value === "string" && value.trim() !== "") floor = value.trim();
      else issues.push(issue("blank-value", path, { label: "The lowest grade", expected: "the name of a grade" }));
      return;
    }
    const points = (k: string) => readNumber(value, { label: `The rule "${k}"`, path });
    for (const kind of ["better", "similar", "worse"] as const) {
      if (key === ruleNames.position(kind)) {
        const n = points(key);
        if (n.ok) positionPoints[kind] = n.value;
        else issues.push(...n.issues);
        return;
      }
    }
    for (const kind of ["improved", "stable", "deteriorated"] as const) {
      if (key === ruleNames.direction(kind)) {
        const n = points(key);
        if (n.ok) directionPoints[kind] = n.value;
        else issues.push(...n.issues);
        return;
      }
    }
    const band = typeof name === "string" ? /^\s*minimum\s+score\s+for\s+(.+?)\s*$/i.exec(name) : null;
    if (band?.[1]) {
      const n = points(key);
      if (n.ok) bands.push({ grade: band[1], minimumScore: n.value });
      else issues.push(...n.issues);
      return;
    }
    issues.push(issue("not-a-grading-rule", path, { value: String(name), choices: known.join("; ") }));
  });
  if (issues.length > 0) return failure(issues);
  if (bands.length === 0) return success({ positionPoints, directionPoints, bands: defaultGradingRules.bands });
  if (floor === undefined) return failure(issue("no-lowest-grade"));
  bands.sort((a, b) => (b.minimumScore ?? 0) - (a.minimumScore ?? 0));
  return success({ positionPoints, directionPoints, bands: [...bands, { grade: floor, minimumScore: null }] });
}
