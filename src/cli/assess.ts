import { resolve } from "node:path";
import type ExcelJS from "exceljs";
import { assessForce, forcesOf, planAssessments, readInputs, readSettings, reportTextOf, type AssessmentInputs, type AssessmentSettings, type ForceAssessment } from "../engine/assessment";
import { describeIssue, fixFor } from "../engine/messages/describe";
import { checkWorkbook, countBySeverity, type WorkbookSnapshot } from "../engine/workbook";
import { loadWorkbook, readBytes, snapshotOf, writeWithPlan } from "../xlsx";
import { findingsTable } from "./check";
import { EXIT, guarded, printProblem } from "./output";
import { progress, type Progress } from "./progress";

interface Loaded {
  readonly workbook: ExcelJS.Workbook;
  readonly snapshot: WorkbookSnapshot;
}

/** Reads a workbook: the exit code (after saying why) when it cannot be read. */
export async function openWorkbook(file: string): Promise<Loaded | number> {
  const bytes = await readBytes(file);
  const wb = bytes.ok ? await loadWorkbook(bytes.value, file) : bytes;
  if (!wb.ok) {
    const [problem] = wb.issues;
    if (problem) printProblem(problem);
    return EXIT.cannotRun;
  }
  return { workbook: wb.value, snapshot: snapshotOf(wb.value) };
}

/** Reads a workbook and checks it: the exit code (after saying why) when it cannot be assessed. */
export async function loadForAssessment(file: string): Promise<Loaded | number> {
  const opened = await openWorkbook(file);
  if (typeof opened === "number") return opened;
  const { snapshot } = opened;
  const findings = checkWorkbook(snapshot);
  const errors = findings.filter((f) => f.severity === "error");
  if (errors.length > 0) {
    process.stderr.write(`${findingsTable(errors)}\n\n${file}: ${countBySeverity(findings).errors} errors stop the assessment. Run ra check for every finding.\n`);
    return EXIT.errorsFound;
  }
  return opened;
}

/**
 * Assesses the named forces, stepping the progress bar; on a force that cannot be assessed, says why
 * and gives the exit code instead.
 */
export function assessWithProgress(inputs: AssessmentInputs, settings: AssessmentSettings, names: readonly string[], bar: Progress): ForceAssessment[] | number {
  const assessments: ForceAssessment[] = [];
  for (const name of names) {
    const result = assessForce(inputs, settings, name);
    if (!result.ok) {
      bar.stop();
      for (const i of result.issues) process.stderr.write(`${describeIssue(i)} ${fixFor(i)}\n`);
      return EXIT.errorsFound;
    }
    assessments.push(result.value);
    bar.step(result.value.force);
  }
  return assessments;
}

/**
 * `ra assess FILE (--force NAME | --all) --out OUT.xlsx [--json]`: assesses forces and writes the
 * workbook with its output sheets to OUT (never to FILE). Exit 0 done, 1 the workbook has errors that
 * stop the assessment (or the force is unknown), 2 a file cannot be read or written.
 */
export async function runAssess(file: string, options: { force?: string; all?: boolean; out?: string; json?: boolean; overwrite?: boolean }): Promise<number> {
  if (!options.out) {
    process.stderr.write("Say where to write the assessed workbook with --out OUT.xlsx (the input file is never written).\n");
    return EXIT.cannotRun;
  }
  if (resolve(options.out) === resolve(file)) {
    process.stderr.write("The output must be a different file from the input: the input file is never written.\n");
    return EXIT.cannotRun;
  }
  if (!options.all === !options.force) {
    process.stderr.write("Give either --force NAME or --all.\n");
    return EXIT.cannotRun;
  }
  const loaded = await loadForAssessment(file);
  if (typeof loaded === "number") return loaded;
  const inputs = readInputs(loaded.snapshot);
  const settings = readSettings(inputs);
  const names = options.all ? forcesOf(inputs) : [options.force as string];
  const bar = progress(names.length + 1);
  const assessments = assessWithProgress(inputs, settings, names, bar);
  if (typeof assessments === "number") return assessments;
  const { plan, findings } = planAssessments(loaded.snapshot, assessments);
  bar.step("Writing");
  const code = await guarded(options.out, options.overwrite ?? false, () => writeWithPlan(loaded.workbook, plan, options.out as string));
  bar.stop();
  if (code !== EXIT.ok) return code;
  for (const f of findings) process.stderr.write(`Note: ${describeIssue(f)} ${fixFor(f)}\n`);
  if (options.json) {
    const out = {
      file,
      out: options.out,
      year: inputs.assessmentYear,
      illustrative: inputs.illustrative,
      forces: assessments.map((a) => ({
        force: a.force,
        domains: a.domains.map((d) => ({ domain: d.domain.name, graded: d.domain.graded, recommendedGrade: d.recommendedGrade, score: d.dataRecommendation?.score ?? null, adjustments: d.adjustments })),
      })),
      notes: findings.map((f) => ({ code: f.code, message: describeIssue(f) })),
    };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    for (const a of assessments) {
      const grades = a.domains.filter((d) => d.domain.graded).map((d) => `${d.domain.name}: ${d.recommendedGrade ?? "not enough data"}`);
      process.stdout.write(`${a.force}: ${grades.join("; ")}\n`);
    }
    process.stdout.write(`\nWrote ${options.out}: sheets Assessment (recommended and final grades), Report, Profile and Trace${inputs.illustrative ? ". The data are illustrative" : ""}.\n`);
  }
  return EXIT.ok;
}

/** `ra report FILE --force NAME`: prints the report text of one force. */
export async function runReport(file: string, options: { force?: string }): Promise<number> {
  if (!options.force) {
    process.stderr.write("Say which force with --force NAME.\n");
    return EXIT.cannotRun;
  }
  const loaded = await loadForAssessment(file);
  if (typeof loaded === "number") return loaded;
  const inputs = readInputs(loaded.snapshot);
  const result = assessForce(inputs, readSettings(inputs), options.force);
  if (!result.ok) {
    for (const i of result.issues) process.stderr.write(`${describeIssue(i)} ${fixFor(i)}\n`);
    return EXIT.errorsFound;
  }
  const report = reportTextOf(result.value);
  const lines = [`${result.value.force}: rounded assessment ${result.value.year}${inputs.illustrative ? " (ILLUSTRATIVE DATA)" : ""}`, ""];
  for (const d of report.domains) {
    lines.push(d.domain, "-".repeat(d.domain.length));
    for (const a of d.answers) lines.push(a.question, a.text, "");
  }
  process.stdout.write(`${lines.join("\n")}\n`);
  return EXIT.ok;
}
