import { readLevel, readNumber, readPositive } from "../../input";
import { issue, issuesOf, type Issue, type IssuePath } from "../../result";
import { type CellValue } from "../snapshot";
import { closestForceName } from "../../forces/names";
import { forceListOf, ruleDefaults } from "../template";
import { knownForce, type CheckContext } from "./context";

const oneOf = (value: CellValue, label: string, choices: readonly string[], path: IssuePath): readonly Issue[] =>
  typeof value === "string" && choices.some((c) => c.toLowerCase() === value.trim().toLowerCase())
    ? []
    : [issue("unknown-option", path, { label, value: String(value), choices: choices.join(", ") })];

/**
 * Checks a Rules value against its rule: confidence-level between 0 and 1; tolerance from 0 to 1;
 * Yes/No switches; poisson-method exact or byar; direction-compared-with England and Wales, Similar forces or None; default-design-effect more than 0; msg-size a whole
 * number of 1 or more; points and minimum scores numbers; red-flag-caps-grade-at and adverse-judgement-caps-grade-at grades of the Scale; adverse-judgements a list of text; resident-rates-profiled-not-graded and no-force-much-like-it forces of
 * the Forces table (or None). An unknown rule id is `unknown-rule`
 * (info: it is ignored).
 */
export function checkRuleValue(ctx: CheckContext, ruleId: string | undefined, value: CellValue, path: IssuePath): readonly Issue[] {
  if (typeof value === "object" && value !== null) return [issue("error-value", path, { label: "Value", value: value.error })];
  const label = `The rule ${ruleId ?? ""}`.trim();
  const name = { label, path };
  switch (ruleId) {
    case undefined:
      return [];
    case "confidence-level":
      return issuesOf(readLevel(value, name));
    case "tolerance": {
      const n = readNumber(value, name, "a fraction such as 0.05");
      if (!n.ok) return [...n.issues];
      return n.value < 0 || n.value >= 1 ? [issue("out-of-range", path, { label, value: n.value, range: "from 0 up to 1, such as 0.05 for 5%" })] : [];
    }
    case "include-force-in-msg-average":
    case "green-flag-can-raise":
      return oneOf(value, label, ["Yes", "No"], path);
    case "comparison-method":
      return oneOf(value, label, ["funnel", "interval"], path);
    case "direction-compared-with":
      return oneOf(value, label, ["England and Wales", "Similar forces", "None"], path);
    case "overdispersion":
      return oneOf(value, label, ["additive", "multiplicative", "none"], path);
    case "winsorising": {
      const n = readNumber(value, name, "a fraction such as 0.1");
      if (!n.ok) return [...n.issues];
      return n.value < 0 || n.value >= 0.5 ? [issue("out-of-range", path, { label, value: n.value, range: "from 0 up to 0.5, such as 0.1 for 10%" })] : [];
    }
    case "material-gap-rate":
    case "material-gap-points": {
      const n = readNumber(value, name, ruleId === "material-gap-rate" ? "a fraction such as 0.1" : "a number of percentage points such as 3");
      if (!n.ok) return [...n.issues];
      const top = ruleId === "material-gap-rate" ? 1 : 100;
      return n.value < 0 || n.value >= top ? [issue("out-of-range", path, { label, value: n.value, range: `from 0 up to ${top}` })] : [];
    }
    case "poisson-method":
      return oneOf(value, label, ["exact", "byar"], path);
    case "default-design-effect":
      return issuesOf(readPositive(value, name));
    case "msg-size": {
      const n = readPositive(value, name, "a whole number of 1 or more");
      if (!n.ok) return [...n.issues];
      return Number.isInteger(n.value) ? [] : [issue("fractional-count", path, { label, value: n.value })];
    }
    case "points-for-better":
    case "points-for-similar":
    case "points-for-worse":
    case "points-for-improved":
    case "points-for-stable":
    case "points-for-deteriorated":
      return issuesOf(readNumber(value, name, "a number of points"));
    case "adverse-judgements":
      return value === null || String(value).trim() === "" ? [issue("blank-value", path, { label, expected: "judgements separated by semicolons, such as Poor; Inadequate" })] : [];
    case "resident-rates-profiled-not-graded":
    case "no-force-much-like-it": {
      if (value === null || typeof value !== "string" || ctx.knownForces.size === 0) return [];
      // The defaults name forces a regional workbook may not hold, so only other names are checked; a
      // name not in Forces is a warning (the rule simply does not apply), never an error.
      const defaults = ruleDefaults.filter((r) => r.id === ruleId).map((r) => String(r.value).toLowerCase());
      return forceListOf(value, []).filter((f) => !knownForce(ctx, f) && !defaults.includes(f.toLowerCase())).map((f) => {
        const suggestion = closestForceName(f, [...ctx.knownForces.values()]);
        return issue("force-not-found", path, suggestion ? { force: f, where: "the Forces table", suggestion } : { force: f, where: "the Forces table" }, "warning");
      });
    }
    case "red-flag-caps-grade-at":
    case "adverse-judgement-caps-grade-at":
      if (ctx.grades.length === 0) return [];
      return typeof value === "string" && ctx.grades.some((g) => g.toLowerCase() === value.trim().toLowerCase())
        ? []
        : [issue("unknown-grade", path, { label, value: String(value), choices: ctx.grades.join(", ") })];
    default:
      if (ruleId !== undefined && /^minimum-score-grade-\d+$/.test(ruleId)) return issuesOf(readNumber(value, name, "a mean score such as 0"));
      return [issue("unknown-rule", path, { value: ruleId, choices: ruleDefaults.map((r) => r.id).join(", ") })];
  }
}
