import { dataSetById } from "../../catalogue/dataSets";
import { domains } from "../../catalogue/domains";
import { normaliseForceName, sameForce } from "../../forces/names";
import { issue, warning, type Issue } from "../../result";
import { isCellError, sheetRow, type CellValue } from "../snapshot";
import { adverseJudgementsOf, welshForces } from "../template";
import { isFinancialYear, threeYears } from "../years";
import { denominatorFromForces, rowDataSet } from "./cells";
import { cellPath, headerPath, isBlankRow, knownForce, textOf, valueAt, type CheckContext, type LocatedTable } from "./context";

/** Rows that are not blank, with their index. */
function rowsOf(loc: LocatedTable): { row: readonly CellValue[]; index: number }[] {
  const out: { row: readonly CellValue[]; index: number }[] = [];
  loc.table.rows.forEach((row, index) => {
    if (!isBlankRow(row)) out.push({ row, index });
  });
  return out;
}

function keyText(value: CellValue | undefined): string | undefined {
  if (value === undefined || value === null || isCellError(value)) return undefined;
  if (typeof value === "string") return value.trim() === "" ? undefined : normaliseForceName(value);
  return String(value);
}

/** Two rows with the same key (Forces: force and year; Data: force, year, data set; ...) give `duplicate-row` on the later one. */
export function checkDuplicates(loc: LocatedTable): Issue[] {
  const key = loc.spec.key;
  if (key.length === 0 || key.some((c) => (loc.columnAt.get(c) ?? -1) < 0)) return [];
  const seen = new Map<string, number>();
  const issues: Issue[] = [];
  for (const { row, index } of rowsOf(loc)) {
    const parts = key.map((c) => keyText(valueAt(loc, row, c)));
    if (parts.slice(0, 1).some((p) => p === undefined)) continue;
    const k = parts.map((p) => p ?? "").join("\u0000");
    const first = seen.get(k);
    if (first === undefined) seen.set(k, index);
    else issues.push(issue("duplicate-row", cellPath(loc, index, key[0] as string), { firstRow: sheetRow(loc.table, first), key: key.join(", ").toLowerCase() }));
  }
  return issues;
}

/** A force listed as its own peer gives `peer-is-force`. */
export function checkPeers(loc: LocatedTable): Issue[] {
  const issues: Issue[] = [];
  for (const { row, index } of rowsOf(loc)) {
    const force = textOf(valueAt(loc, row, "Force"));
    const peer = textOf(valueAt(loc, row, "Peer"));
    if (force && peer && sameForce(force, peer)) issues.push(issue("peer-is-force", cellPath(loc, index, "Peer"), { force }));
  }
  return issues;
}

/**
 * For every data set that appears in Data or Survey, every force of the Forces table needs a row for
 * the assessment year and the two years before it; each missing one gives `missing-year` (a warning:
 * the position against similar forces can still be worked out), at the Year heading.
 */
export function checkYears(ctx: CheckContext, loc: LocatedTable): Issue[] {
  if (!ctx.assessmentYear || ctx.knownForces.size === 0) return [];
  const years = threeYears(ctx.assessmentYear);
  const have = new Set<string>();
  const dataSetsSeen: string[] = [];
  for (const { row } of rowsOf(loc)) {
    const ds = rowDataSet(loc, row);
    const force = knownForce(ctx, valueAt(loc, row, "Force"));
    const year = textOf(valueAt(loc, row, "Year"));
    if (!ds || ds.table !== loc.spec.name) continue;
    if (!dataSetsSeen.includes(ds.id)) dataSetsSeen.push(ds.id);
    if (force && year && isFinancialYear(year)) have.add(`${force}\u0000${ds.id}\u0000${year}`);
  }
  const issues: Issue[] = [];
  for (const force of ctx.knownForces.values()) {
    for (const id of dataSetsSeen) {
      for (const year of years) {
        if (!have.has(`${force}\u0000${id}\u0000${year}`)) {
          issues.push(warning("missing-year", { ...headerPath(loc, "Year"), force, year, dataSet: id }, { force, year, dataSet: id, table: loc.spec.name }));
        }
      }
    }
  }
  return issues;
}

/** Detections above the offences behind them give `detections-exceed-offences` (a warning: it can be real). */
export function checkDetections(loc: LocatedTable): Issue[] {
  const issues: Issue[] = [];
  for (const { row, index } of rowsOf(loc)) {
    const ds = rowDataSet(loc, row);
    if (!ds || ds.statistic !== "proportion" || denominatorFromForces(ds)) continue;
    const detections = valueAt(loc, row, "Numerator");
    const offences = valueAt(loc, row, "Denominator");
    if (typeof detections === "number" && typeof offences === "number" && offences > 0 && detections >= 0 && detections > offences) {
      issues.push(warning("detections-exceed-offences", cellPath(loc, index, "Numerator"), { detections, offences }));
    }
  }
  return issues;
}

/** A force's population changing by more than 10% from one year to the next gives `population-jump` (a warning). */
export function checkPopulation(loc: LocatedTable): Issue[] {
  const byForce = new Map<string, { year: string; population: number; index: number }[]>();
  for (const { row, index } of rowsOf(loc)) {
    const force = textOf(valueAt(loc, row, "Force"));
    const year = textOf(valueAt(loc, row, "Population year"));
    const population = valueAt(loc, row, "Population");
    if (!force || !year || !isFinancialYear(year) || typeof population !== "number" || !(population > 0)) continue;
    const key = normaliseForceName(force);
    byForce.set(key, [...(byForce.get(key) ?? []), { year, population, index }]);
  }
  const issues: Issue[] = [];
  for (const rows of byForce.values()) {
    rows.sort((a, b) => a.year.localeCompare(b.year));
    for (let i = 1; i < rows.length; i++) {
      const before = rows[i - 1];
      const after = rows[i];
      if (!before || !after || Number(after.year.slice(0, 4)) - Number(before.year.slice(0, 4)) !== 1) continue;
      const change = (after.population - before.population) / before.population;
      if (Math.abs(change) > 0.1) {
        const force = textOf(valueAt(loc, loc.table.rows[after.index] ?? [], "Force")) ?? "";
        issues.push(
          warning("population-jump", cellPath(loc, after.index, "Population"), {
            force,
            from: before.population.toLocaleString("en-GB"),
            to: after.population.toLocaleString("en-GB"),
            fromYear: before.year,
            toYear: after.year,
            change: (change * 100).toFixed(1),
          }),
        );
      }
    }
  }
  return issues;
}

/** A survey sample under 100 gives `small-sample` (a warning), naming the force, year and data set of the row. */
export function checkSamples(loc: LocatedTable): Issue[] {
  const issues: Issue[] = [];
  for (const { row, index } of rowsOf(loc)) {
    const n = valueAt(loc, row, "Sample size");
    if (typeof n === "number" && Number.isInteger(n) && n > 0 && n < 100) {
      const id = textOf(valueAt(loc, row, "Data set id")) ?? "";
      const dataSet = dataSetById(id)?.name ?? id;
      issues.push(warning("small-sample", cellPath(loc, index, "Sample size"), { value: n, force: textOf(valueAt(loc, row, "Force")) ?? "", year: textOf(valueAt(loc, row, "Year")) ?? "", dataSet }));
    }
  }
  return issues;
}

function domainId(value: CellValue | undefined): string | undefined {
  const text = textOf(value)?.toLowerCase();
  return domains.find((d) => d.name.toLowerCase() === text || d.id === text)?.id;
}

/**
 * An area needs improvement when Evidence has, for a force and domain, a CAA red flag or an adverse
 * judgement (the Rules' "adverse-judgements", by default Poor, Requires improvement, Needs improvement,
 * Inadequate or Not meeting the standard). Each such row
 * with no action for the same force and domain in Actions gives `no-action-recorded` (a warning), at
 * the Kind cell for a red flag, else at the Judgement cell.
 */
export function checkActions(evidence: LocatedTable, actions: LocatedTable | undefined, rules?: LocatedTable): Issue[] {
  const adverse = adverseJudgementsOf(rules ? rowsOf(rules).find(({ row }) => textOf(valueAt(rules, row, "Rule id"))?.toLowerCase() === "adverse-judgements")?.row[rules.columnAt.get("Value") ?? -1] : undefined);
  const acted = new Set<string>();
  if (actions) {
    for (const { row } of rowsOf(actions)) {
      const force = textOf(valueAt(actions, row, "Force"));
      const domain = domainId(valueAt(actions, row, "Domain"));
      if (force && domain && textOf(valueAt(actions, row, "Action"))) acted.add(`${normaliseForceName(force)}\u0000${domain}`);
    }
  }
  const issues: Issue[] = [];
  for (const { row, index } of rowsOf(evidence)) {
    const force = textOf(valueAt(evidence, row, "Force"));
    const domain = domainId(valueAt(evidence, row, "Domain"));
    if (!force || !domain) continue;
    const redFlag = textOf(valueAt(evidence, row, "Kind"))?.toLowerCase() === "caa red flag";
    const judgement = textOf(valueAt(evidence, row, "Judgement"));
    const poor = judgement !== undefined && adverse.includes(judgement.toLowerCase().replace(/\s+/g, " "));
    if (!redFlag && !poor) continue;
    if (acted.has(`${normaliseForceName(force)}\u0000${domain}`)) continue;
    const domainName = domains.find((d) => d.id === domain)?.name ?? domain;
    const at = redFlag ? "Kind" : "Judgement";
    issues.push(warning("no-action-recorded", cellPath(evidence, index, at), { force, domain: domainName, reason: redFlag ? "a CAA red flag" : `judged ${judgement}` }));
  }
  return issues;
}

const caaKinds = ["caa red flag", "caa green flag"];

/**
 * The Comprehensive Area Assessment covered England only: a CAA red or green flag for a Welsh force
 * (Dyfed-Powys, Gwent, North Wales, South Wales) gives `caa-flag-wales` (a warning) at its Kind cell;
 * the assessment ignores it.
 */
export function checkWelshFlags(evidence: LocatedTable): Issue[] {
  return rowsOf(evidence).flatMap(({ row, index }) => {
    const force = textOf(valueAt(evidence, row, "Force"));
    const kind = textOf(valueAt(evidence, row, "Kind"));
    if (!force || !kind || !caaKinds.includes(kind.toLowerCase().replace(/\s+/g, " "))) return [];
    if (!welshForces.some((w) => sameForce(w, force))) return [];
    return [warning("caa-flag-wales", cellPath(evidence, index, "Kind"), { force, kind })];
  });
}
