import { assessForce } from "../assessment/assessForce";
import { once } from "../remember";
import { commentRows, decisionKey, domainStatus, isOpenAgainst, leastAdvanced, overrideWithoutReason, readDecisions, readyToPublish, withDecisionsMade, type CommentRow, type Decision, type DecisionMade } from "../assessment/decisions";
import { forcesOf } from "../assessment/groups";
import { readInputs, type AssessmentInputs } from "../assessment/inputs";
import { planAssessments } from "../assessment/reportText";
import { readSettings, type AssessmentSettings } from "../assessment/settings";
import type { ForceAssessment } from "../assessment/types";
import { domains } from "../catalogue/domains";
import { sameForce } from "../forces/names";
import { programmeStatus, type ProgrammeStatus, type ProgressStatus } from "../programme/status";
import { issue, type Issue, type Result } from "../result";
import { checkWorkbook } from "../workbook/checker";
import type { Finding } from "../workbook/checker/findings";
import { readCoverage, type CoverageRow } from "../workbook/coverage";
import { findTable, type WorkbookSnapshot } from "../workbook/snapshot";
import type { WritePlan } from "../workbook/writePlan";
import { canAssess, canPublish, type Verdict } from "./assessable";

const graded = domains.filter((d) => d.graded);

/** One graded domain of a force's report: its status as it counts and its open comments. */
export interface DomainState {
  readonly domain: string;
  /** See {@link domainStatus}. */
  readonly status: ProgressStatus;
  /** Comments with no response on this domain or on the whole report ({@link isOpenAgainst}). */
  readonly openComments: number;
  /** A final grade that differs from the recommendation with no reason written ({@link overrideWithoutReason}). */
  readonly overrideWithoutReason: boolean;
}

/**
 * A workbook opened once: what every face asks of it, each worked out on first use and kept (a
 * snapshot is never changed, so neither is anything read from it). Get one with {@link openSession}.
 */
export class Session {
  private readonly memo = new Map<string, unknown>();
  private readonly assessed = new Map<string, Result<ForceAssessment>>();

  constructor(readonly snapshot: WorkbookSnapshot) {}

  private once<T>(key: string, make: () => T): T {
    if (!this.memo.has(key)) this.memo.set(key, make());
    return this.memo.get(key) as T;
  }

  /** The checker's findings (checkWorkbook), worked out once. */
  get findings(): readonly Finding[] {
    return this.once("findings", () => checkWorkbook(this.snapshot));
  }

  /** Whether the workbook can be assessed ({@link canAssess}). */
  get assessable(): Verdict {
    return this.once("assessable", () => canAssess(this.findings));
  }

  /** Whether the workbook can be published ({@link canPublish}); a force also needs its report Final. */
  get publishable(): Verdict {
    return this.once("publishable", () => canPublish(this.findings));
  }

  /** The figures and tables the assessment reads (readInputs), read once. */
  get inputs(): AssessmentInputs {
    return this.once("inputs", () => readInputs(this.snapshot));
  }

  /** The Rules and Scale (readSettings). */
  get settings(): AssessmentSettings {
    return this.once("settings", () => readSettings(this.inputs));
  }

  /** The forces to assess, in the Forces table's order. */
  get forces(): readonly string[] {
    return this.once("forces", () => forcesOf(this.inputs));
  }

  /** The grades of the Scale, best first. */
  get grades(): readonly string[] {
    return this.settings.scale;
  }

  /** The decisions written in the Assessment sheet (readDecisions). */
  get decisions(): ReadonlyMap<string, Decision> {
    return this.once("decisions", () => readDecisions(this.snapshot));
  }

  /** The Coverage table's rows (which figures are real or illustrative). */
  get coverage(): readonly CoverageRow[] {
    return this.once("coverage", () => readCoverage(this.snapshot));
  }

  /** Every force's progress to publication (programmeStatus), by the same rules as {@link reportStatus}. */
  get programme(): ProgrammeStatus {
    return this.once("programme", () => programmeStatus(this.snapshot));
  }

  /**
   * The assessment of one force (assessForce), kept for the session. It does not look at
   * {@link assessable}: a face asks that first and says why when the answer is no.
   */
  assess(force: string): Result<ForceAssessment> {
    const key = force.trim().toLowerCase();
    let result = this.assessed.get(key);
    if (!result) {
      result = assessForce(this.inputs, this.settings, force);
      this.assessed.set(key, result);
    }
    return result;
  }

  /**
   * The write plan of assessed forces (planAssessments) keeping the decisions of the Assessment sheet,
   * with `made` (decisions made in a face and not yet written) laid over them: a field given replaces
   * the sheet's; the snapshot is not changed.
   */
  plan(assessments: readonly ForceAssessment[], made: readonly DecisionMade[] = []): { plan: WritePlan; findings: Issue[] } {
    return planAssessments(this.snapshot, assessments, withDecisionsMade(this.decisions, made));
  }

  /** The Comments sheet's rows on a force's report, in sheet order. */
  comments(force: string): readonly CommentRow[] {
    return commentRows(findTable(this.snapshot, "Comments"), force);
  }

  /** The force's comments that hold back its report: open against one or more graded domains. */
  openComments(force: string): readonly CommentRow[] {
    return this.comments(force).filter((c) => graded.some((d) => isOpenAgainst(c, d.name)));
  }

  /**
   * Why a force's report cannot be set Final, or null when it can: its open comments
   * (`report-not-final-open-comments`, with their sheet rows). Every comment needs a response first.
   */
  whyNotFinal(force: string): Issue | null {
    const open = this.openComments(force);
    return open.length === 0 ? null : issue("report-not-final-open-comments", { sheet: "Comments", force }, { count: open.length, rows: open.map((c) => c.row).join(", ") }, "warning");
  }

  /** Each graded domain of a force's report: its status as it counts and its open comments. */
  domains(force: string): readonly DomainState[] {
    const comments = this.comments(force);
    return graded.map((d) => {
      const open = comments.filter((c) => isOpenAgainst(c, d.name)).length;
      const decision = this.decisions.get(decisionKey(force, d.name));
      return {
        domain: d.name,
        status: domainStatus(decision, open),
        openComments: open,
        overrideWithoutReason: decision ? overrideWithoutReason(decision.finalGrade, decision.recommended, decision.reason) : false,
      };
    });
  }

  /**
   * The status of a force's report: the least advanced of its graded domains' ({@link leastAdvanced}),
   * so it is Final only when every domain is Final with no open comment; Not assessed when the
   * Assessment sheet has no row for one of them.
   */
  reportStatus(force: string): ProgressStatus {
    return leastAdvanced(this.domains(force).map((d) => d.status));
  }

  /**
   * Whether a force's report is ready to publish ({@link readyToPublish}: the rule `ra status` and the
   * pane's programme view count by). `ra publish` asks {@link publishable} of the whole workbook first.
   */
  readyToPublish(force: string): boolean {
    return readyToPublish(this.domains(force));
  }

  /**
   * Why a force's report cannot be published: the workbook's errors ({@link publishable}), then the
   * force's own blockers from {@link programme} (a domain not Final, an open comment on a Final one, an
   * override with no reason, an unknown status). Empty when it can be.
   */
  whyNotPublishable(force: string): readonly Issue[] {
    const own = this.programme.blockers.filter((b) => sameForce(b.path.force ?? "", force));
    return this.publishable.ok ? own : [this.publishable.why, ...own];
  }
}

const sessions = new WeakMap<WorkbookSnapshot, Session>();

/**
 * The session of a snapshot: the same object for the same snapshot, so a face that asks several
 * questions of one read of the workbook (the forces, the grades, an assessment, a plan) reads its inputs
 * and checks it once.
 */
export function openSession(snapshot: WorkbookSnapshot): Session {
  return once(sessions, snapshot, () => new Session(snapshot));
}
