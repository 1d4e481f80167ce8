/**
 * The task pane's side of an assessment: the engine's plan for one force with the decisions made in
 * the wizard (passed to the engine as they are, never written into the snapshot), as `ra assess` writes it.
 */
import { faceText } from "../../src/engine/messages/faceText";
import type { ForceAssessment } from "../../src/engine/assessment";
import type { Issue } from "../../src/engine/result";
import type { Session } from "../../src/engine/session";
import type { Finding, WritePlan } from "../../src/engine/workbook";

/** What a person decided for one graded domain. Blank final grade: the recommendation stands. */
export interface Decision {
  readonly domain: string;
  readonly finalGrade: string;
  readonly reason: string;
  readonly status?: string;
}

/** The plan that writes one force's assessment with the decisions made in the task pane, and the engine's notes on it. */
export function planFor(session: Session, assessment: ForceAssessment, decisions: readonly Decision[]): { plan: WritePlan; findings: Issue[] } {
  return session.plan([assessment], decisions.map((d) => ({ force: assessment.force, ...d })));
}

/** The sheets a plan writes, in order: replaced or created. */
export function sheetsWritten(plan: WritePlan): readonly string[] {
  return [...new Set([...(plan.replaceSheets ?? []), ...plan.createSheets, ...plan.tables.map((t) => t.sheet), ...plan.writes.map((w) => w.sheet)])];
}

/** The first five findings that stop the assessment, as the pane lists them ("Data!B7: …"), and how many more Check has. */
export function blockerLines(blocking: readonly Finding[]): string[] {
  const lines = blocking.slice(0, 5).map((f) => `${f.cell ? `${f.sheet}!${f.cell}` : f.sheet}: ${f.message}`);
  if (blocking.length > 5) lines.push(faceText.pane.blockersMore(blocking.length - 5));
  return lines;
}
