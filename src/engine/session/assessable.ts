import { issue, type Issue } from "../result";
import type { Finding } from "../workbook/checker/findings";

/**
 * The answer to "can this workbook be assessed?" (or published): yes, with the warnings; or no, with
 * the findings that stop it and the words for the whole (`why`, from the message catalogue).
 */
export type Verdict =
  | {
      readonly ok: true;
      readonly warnings: readonly Finding[];
      /** Warnings about a bad figure the assessment leaves out (the other forces are assessed as usual). */
      readonly leftOut: readonly Finding[];
    }
  | { readonly ok: false; readonly blocking: readonly Finding[]; readonly why: Issue };

function verdict(findings: readonly Finding[], blocks: (f: Finding) => boolean, code: "assessment-blocked" | "publishing-blocked"): Verdict {
  const blocking = findings.filter((f) => f.severity === "error" && blocks(f));
  if (blocking.length > 0) return { ok: false, blocking, why: issue(code, {}, { count: blocking.length }) };
  const warnings = findings.filter((f) => f.severity === "warning");
  return { ok: true, warnings, leftOut: warnings.filter((f) => typeof f.params.leftOut === "string" && f.params.leftOut !== "") };
}

/**
 * Whether a workbook can be assessed, from the checker's findings: every error stops it except errors
 * in the Assessment sheet (people's decisions: a Final row with a grade not on the Scale, or an
 * override with no reason). Those stop publishing, not the assessment, which keeps them as written and
 * lets a person put them right. Warnings never stop it. The one rule for `ra assess`, `ra report`,
 * `ra letters`, the task pane's wizard, Report view, Check and Home.
 */
export function canAssess(findings: readonly Finding[]): Verdict {
  return verdict(findings, (f) => f.sheet !== "Assessment", "assessment-blocked");
}

/** Whether a workbook can be published, from the checker's findings: every error stops it (`ra publish`). */
export function canPublish(findings: readonly Finding[]): Verdict {
  return verdict(findings, () => true, "publishing-blocked");
}
