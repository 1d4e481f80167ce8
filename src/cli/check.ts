import { basename } from "node:path";
import { describeIssue, fixFor } from "../engine/messages/describe";
import { openSession } from "../engine/session";
import { countBySeverity, TEMPLATE_VERSION, type Finding } from "../engine/workbook";
import { readBytes, snapshotFromBytes } from "../xlsx";
import { EXIT, printProblem } from "./output";
import { progress } from "./progress";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && (line + " " + word).length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Findings as a table for people: severity, where, code, then the message and fix. */
export function findingsTable(findings: readonly Finding[]): string {
  const rows = findings.map((f) => ({ severity: f.severity.toUpperCase(), where: f.cell ? `${f.sheet}!${f.cell}` : f.sheet, code: f.code, f }));
  const w1 = Math.max(8, ...rows.map((r) => r.severity.length));
  const w2 = Math.max(5, ...rows.map((r) => r.where.length));
  const w3 = Math.max(4, ...rows.map((r) => r.code.length));
  const indent = " ".repeat(w1 + w2 + w3 + 6);
  const out = [`${"Severity".padEnd(w1)}  ${"Where".padEnd(w2)}  ${"Code".padEnd(w3)}  What is wrong, and how to fix it`];
  for (const r of rows) {
    const text = [...wrap(r.f.message, 80), ...wrap(`Fix: ${r.f.fix.cli}`, 80)];
    out.push(`${r.severity.padEnd(w1)}  ${r.where.padEnd(w2)}  ${r.code.padEnd(w3)}  ${text[0] ?? ""}`);
    for (const t of text.slice(1)) out.push(indent + t);
  }
  return out.join("\n");
}

/** `ra check FILE [--json]`: reads the workbook (never writes it), prints findings, returns the exit code. */
export async function runCheck(file: string, options: { json?: boolean }): Promise<number> {
  const bar = progress(3);
  const bytes = await readBytes(file);
  bar.step("Reading");
  const wb = bytes.ok ? snapshotFromBytes(bytes.value, file) : bytes;
  bar.step("Checking");
  if (!wb.ok) {
    bar.stop();
    const [problem] = wb.issues;
    if (options.json) {
      const detail = problem ? { code: problem.code, message: describeIssue(problem), fix: fixFor(problem, "cli") } : null;
      process.stdout.write(`${JSON.stringify({ file, readable: false, problem: detail }, null, 2)}\n`);
    }
    if (problem) printProblem(problem);
    return EXIT.cannotRun;
  }
  const { findings } = openSession(wb.value);
  bar.step("Done");
  bar.stop();
  const counts = countBySeverity(findings);
  if (options.json) {
    const out = {
      file,
      readable: true,
      templateVersion: TEMPLATE_VERSION,
      errors: counts.errors,
      warnings: counts.warnings,
      infos: counts.infos,
      findings: findings.map((f) => ({ severity: f.severity, code: f.code, sheet: f.sheet, cell: f.cell, message: f.message, fix: f.fix.cli, params: f.params })),
    };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    if (findings.length > 0) process.stdout.write(`${findingsTable(findings)}\n\n`);
    const summary = `${basename(file)}: ${plural(counts.errors, "error")}, ${plural(counts.warnings, "warning")}${counts.infos ? `, ${plural(counts.infos, "note")}` : ""}.`;
    process.stdout.write(`${summary}${counts.errors === 0 ? " The workbook can be assessed." : " Fix the errors before assessing."}\n`);
  }
  return counts.errors > 0 ? EXIT.errorsFound : EXIT.ok;
}
