import { domains } from "../catalogue/domains";
import { cellText, decisionKey, domainStatus, openComments, overrideWithoutReason, readDecisions, readyToPublish, reportStatusOf } from "../assessment/decisions";
import { issue, type Issue } from "../result";
import type { ReportStatus } from "../workbook/outputTemplate";
import { cellOf, findTable, type WorkbookSnapshot } from "../workbook/snapshot";

/** Where a force's report for one domain has got to. */
export type ProgressStatus = ReportStatus | "Not assessed";

/** The order statuses are counted and shown in, least advanced first. */
export const progressStatuses: readonly ProgressStatus[] = ["Not assessed", "Draft", "Shared for comment", "Final"];

/** One force and graded domain: its status and what people wrote. */
export interface DomainProgress {
  readonly force: string;
  readonly region: string;
  readonly domain: string;
  /**
   * The status as it counts ({@link domainStatus}): the Status cell read as Draft, Shared for comment
   * or Final (blank or unknown text as Draft), Final with an unanswered comment as Shared for comment,
   * and Not assessed when the Assessment sheet has no row for the force and domain.
   */
  readonly status: ProgressStatus;
  /** The Status cell as written ("" when blank or not assessed). */
  readonly statusAsWritten: string;
  readonly recommended: string;
  readonly finalGrade: string;
  readonly assessor: string;
  readonly date: string;
  /** Comments with no response, as {@link openComments} counts them. */
  readonly openComments: number;
  /** A final grade that differs from the recommendation with no reason written. */
  readonly overrideWithoutReason: boolean;
}

/** Counts of statuses, open comments and overrides without a reason, over a set of forces. */
export interface ProgressTotals {
  readonly forces: number;
  /** Forces whose report is ready to publish ({@link readyToPublish}): those `ra publish` publishes. */
  readonly forcesReady: number;
  /** Force-domain reports by status. */
  readonly byStatus: Readonly<Record<ProgressStatus, number>>;
  readonly openComments: number;
  readonly overridesWithoutReason: number;
}

/** The programme's progress: every force and graded domain, totals by region and nationally, and what stops publication. */
export interface ProgrammeStatus {
  readonly rows: readonly DomainProgress[];
  /** Regions in alphabetical order ("Region not recorded" last). */
  readonly regions: readonly { readonly region: string; readonly totals: ProgressTotals }[];
  readonly national: ProgressTotals;
  /** Why forces cannot be published yet: one issue per force and domain not Final, open comment or override without a reason. */
  readonly blockers: readonly Issue[];
}

const NO_REGION = "Region not recorded";

/** The forces of the Forces table in sheet order, each with its region (the first non-blank Region of its rows). */
function forcesWithRegions(snapshot: WorkbookSnapshot): { force: string; region: string }[] {
  const table = findTable(snapshot, "Forces");
  const out = new Map<string, { force: string; region: string }>();
  for (const r of table?.rows ?? []) {
    if (!table) break;
    const force = cellText(cellOf(table, r, "Force"));
    if (force === "") continue;
    const key = force.toLowerCase();
    const region = cellText(cellOf(table, r, "Region"));
    const known = out.get(key);
    if (!known) out.set(key, { force, region });
    else if (known.region === "" && region !== "") out.set(key, { force: known.force, region });
  }
  return [...out.values()].map((f) => ({ force: f.force, region: f.region || NO_REGION }));
}

/**
 * The totals of a set of force-domain rows: reports by status, forces whose graded domains are all
 * Final, open comments and overrides without a reason. No rows give zeros.
 */
export function progressTotals(rows: readonly DomainProgress[]): ProgressTotals {
  const byStatus: Record<ProgressStatus, number> = { "Not assessed": 0, Draft: 0, "Shared for comment": 0, Final: 0 };
  const forces = new Map<string, DomainProgress[]>();
  let open = 0;
  let overrides = 0;
  for (const r of rows) {
    byStatus[r.status]++;
    open += r.openComments;
    if (r.overrideWithoutReason) overrides++;
    const key = r.force.toLowerCase();
    forces.set(key, [...(forces.get(key) ?? []), r]);
  }
  return { forces: forces.size, forcesReady: [...forces.values()].filter(readyToPublish).length, byStatus, openComments: open, overridesWithoutReason: overrides };
}

/**
 * The programme's progress from a workbook: for every force of the Forces table and every graded
 * domain, the status, assessor, date, open comments and any override without a reason, read from the
 * Assessment and Comments sheets by the same rules as `ra assess` and `ra publish`
 * ({@link readDecisions}, {@link openComments}). Totals by region (the Forces table's Region) and
 * nationally. A force can be published when all its graded domains are Final with no override lacking
 * a reason; everything else is listed in `blockers`. A workbook with no Assessment sheet has every
 * report Not assessed.
 */
export function programmeStatus(snapshot: WorkbookSnapshot): ProgrammeStatus {
  const decisions = readDecisions(snapshot);
  const comments = findTable(snapshot, "Comments");
  const rows: DomainProgress[] = [];
  const blockers: Issue[] = [];
  for (const { force, region } of forcesWithRegions(snapshot)) {
    for (const d of domains.filter((x) => x.graded)) {
      const decision = decisions.get(decisionKey(force, d.name));
      const open = openComments(comments, force, d.name);
      const status = domainStatus(decision, open);
      const override = decision ? overrideWithoutReason(decision.finalGrade, decision.recommended, decision.reason) : false;
      rows.push({
        force,
        region,
        domain: d.name,
        status,
        statusAsWritten: decision?.status ?? "",
        recommended: decision?.recommended ?? "",
        finalGrade: decision?.finalGrade ?? "",
        assessor: decision?.assessor ?? "",
        date: decision?.date ?? "",
        openComments: open,
        overrideWithoutReason: override,
      });
      const where = { sheet: "Assessment", force };
      if (status !== "Final") blockers.push(issue("status-not-final", where, { force, domain: d.name, status: status === "Not assessed" ? "not assessed" : status }));
      if (open > 0 && decision && reportStatusOf(decision.status) === "Final") blockers.push(issue("final-with-open-comment", where, { force, domain: d.name, count: open }));
      if (override && decision) blockers.push(issue("override-without-reason", where, { force, domain: d.name, final: decision.finalGrade, recommended: decision.recommended }, "warning"));
      if (decision && decision.status !== "" && !reportStatusOf(decision.status)) blockers.push(issue("unknown-status", where, { force, domain: d.name, value: decision.status }));
    }
  }
  const regionNames = [...new Set(rows.map((r) => r.region))].sort((a, b) => (a === NO_REGION ? 1 : b === NO_REGION ? -1 : a.localeCompare(b, "en-GB")));
  return {
    rows,
    regions: regionNames.map((region) => ({ region, totals: progressTotals(rows.filter((r) => r.region === region)) })),
    national: progressTotals(rows),
    blockers,
  };
}

/** What stops publication, force by force in the order the blockers come (the Forces table's order); forces with nothing in the way are left out. */
export function blockersByForce(status: ProgrammeStatus): { readonly force: string; readonly blockers: readonly Issue[] }[] {
  const byForce = new Map<string, Issue[]>();
  for (const b of status.blockers) {
    const force = b.path.force ?? "";
    byForce.set(force, [...(byForce.get(force) ?? []), b]);
  }
  return [...byForce].map(([force, blockers]) => ({ force, blockers }));
}
