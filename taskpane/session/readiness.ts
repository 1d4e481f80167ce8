import { describeIssue } from "../../src/engine/messages/describe";
import { canAssess } from "../../src/engine/session";
import type { Finding } from "../../src/engine/workbook";
import { paneLabels } from "../../src/engine/messages/paneLabels";

export interface Readiness {
  readonly ready: boolean;
  readonly errors: number;
  readonly warnings: number;
  /** "Ready to assess: 0 errors, 12 warnings", or "Not ready to assess: 9 errors, 12 warnings". */
  readonly line: string;
  /** Why it is not ready, from the message catalogue ("9 errors stop the assessment."); "" when ready. */
  readonly why: string;
  /** Errors that stop publishing but not the assessment (people's decisions in the Assessment sheet). */
  readonly publishingOnly: number;
}

/** Whether the checker's findings let the assessment run (the engine's one rule, canAssess), in one line. */
export function readinessOf(findings: readonly Finding[]): Readiness {
  const verdict = canAssess(findings);
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.filter((f) => f.severity === "warning").length;
  return {
    ready: verdict.ok,
    errors,
    warnings,
    line: paneLabels.readiness.line(verdict.ok, errors, warnings),
    why: verdict.ok ? "" : describeIssue(verdict.why),
    publishingOnly: verdict.ok ? errors : errors - verdict.blocking.length,
  };
}
