import { sameForce } from "../../src/engine/forces/names";
import type { Finding } from "../../src/engine/workbook";
import { paneLabels } from "../../src/engine/messages/paneLabels";

export type Severity = Finding["severity"];

/** Findings of one code: the same problem, once or in several places. */
export interface CodeGroup {
  readonly code: string;
  readonly findings: readonly Finding[];
  /** The fix, when it is the same for every finding of the group; null when each has its own. */
  readonly sharedFix: string | null;
}

export interface SeverityGroup {
  readonly severity: Severity;
  readonly title: string;
  readonly groups: readonly CodeGroup[];
  readonly count: number;
}

const titles: Readonly<Record<Severity, string>> = paneLabels.check.severities;

/** Findings grouped by severity (errors first), then repeats of one code together, in the checker's order; empty groups left out. */
export function groupFindings(findings: readonly Finding[]): SeverityGroup[] {
  return (["error", "warning", "info"] as const).flatMap((severity) => {
    const mine = findings.filter((f) => f.severity === severity);
    if (mine.length === 0) return [];
    const byCode = new Map<string, Finding[]>();
    for (const f of mine) byCode.set(f.code, [...(byCode.get(f.code) ?? []), f]);
    const groups = [...byCode].map(([code, list]) => ({ code, findings: list, sharedFix: list.every((f) => f.fix.pane === list[0]?.fix.pane) ? (list[0]?.fix.pane ?? null) : null }));
    return [{ severity, title: titles[severity], groups, count: mine.length }];
  });
}

/** The force a finding is about, when it is about one. */
export function forceOf(f: Finding): string | null {
  const force = f.path.force ?? f.params.force;
  return typeof force === "string" && force !== "" ? force : null;
}

/** The findings about a force, and those about no force in particular (the workbook's structure, the rules). */
export function forForce(findings: readonly Finding[], force: string): Finding[] {
  return findings.filter((f) => {
    const about = forceOf(f);
    return about === null || sameForce(about, force);
  });
}

/** Where a finding is, as people write it: "Data!D5", or the sheet alone. */
export function findingPlace(f: Finding): string {
  return f.cell ? `${f.sheet}!${f.cell}` : f.sheet || paneLabels.check.wholeWorkbook;
}

/** True when the workbook has none of the input sheets, so the way forward is a new template. */
export function needsTemplate(findings: readonly Finding[]): boolean {
  const errors = findings.filter((f) => f.severity === "error");
  return errors.length > 0 && errors.every((f) => f.code === "missing-sheet" || f.code.startsWith("template-version"));
}
