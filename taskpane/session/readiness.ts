import type { Finding } from "../../src/engine/workbook";

export interface Readiness {
  readonly ready: boolean;
  readonly errors: number;
  readonly warnings: number;
  /** "Ready to assess: 0 errors, 12 warnings", or "Not ready to assess: 9 errors, 12 warnings". */
  readonly line: string;
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? "" : "s"}`;

/** Whether the checker's findings let the assessment run, in one line: errors stop it, warnings do not. */
export function readinessOf(findings: readonly Finding[]): Readiness {
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.filter((f) => f.severity === "warning").length;
  const ready = errors === 0;
  return { ready, errors, warnings, line: `${ready ? "Ready" : "Not ready"} to assess: ${plural(errors, "error")}, ${plural(warnings, "warning")}` };
}
