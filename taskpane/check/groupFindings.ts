import type { Finding } from "../../src/engine/workbook";

export type Severity = Finding["severity"];

export interface SheetGroup {
  readonly sheet: string;
  readonly findings: readonly Finding[];
}

export interface SeverityGroup {
  readonly severity: Severity;
  readonly title: string;
  readonly sheets: readonly SheetGroup[];
  readonly count: number;
}

const titles: Readonly<Record<Severity, string>> = { error: "Errors", warning: "Warnings", info: "Notes" };

/** Findings grouped by severity (errors first) then by sheet, in the checker's order; empty groups left out. */
export function groupFindings(findings: readonly Finding[]): SeverityGroup[] {
  return (["error", "warning", "info"] as const).flatMap((severity) => {
    const mine = findings.filter((f) => f.severity === severity);
    if (mine.length === 0) return [];
    const sheets: SheetGroup[] = [];
    for (const f of mine) {
      const sheet = f.sheet || "Workbook";
      const group = sheets.find((g) => g.sheet === sheet);
      if (group) (group.findings as Finding[]).push(f);
      else sheets.push({ sheet, findings: [f] });
    }
    return [{ severity, title: titles[severity], sheets, count: mine.length }];
  });
}

/** A one-line summary of a check, for the live region. */
export function summarise(findings: readonly Finding[]): string {
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  const [errors, warnings, notes] = [count("error"), count("warning"), count("info")];
  if (findings.length === 0) return "No problems found: the workbook follows the template.";
  const part = (n: number, one: string) => `${n} ${one}${n === 1 ? "" : "s"}`;
  return `Found ${part(errors, "error")}, ${part(warnings, "warning")} and ${part(notes, "note")}.${errors > 0 ? " Errors stop the assessment until they are fixed." : ""}`;
}

/** Where a finding is, as people write it: "Data!D5", or the sheet alone. */
export function findingPlace(f: Finding): string {
  return f.cell ? `${f.sheet}!${f.cell}` : f.sheet || "The workbook";
}
