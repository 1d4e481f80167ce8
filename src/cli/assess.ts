import { faceText } from "../engine/messages/faceText";
import { gradesOnIllustrative, reportTextOf, type ForceAssessment } from "../engine/assessment";
import { describeIssue, fixFor } from "../engine/messages/describe";
import { issue } from "../engine/result";
import { openSession, type Session } from "../engine/session";
import type { WorkbookSnapshot } from "../engine/workbook";
import { coverageSummary, ILLUSTRATIVE_MARK, illustrativeGradesNote } from "./coverageNote";
import { readBytes, snapshotFromBytes, writeWithPlan } from "../xlsx";
import { findingsTable } from "./check";
import { EXIT, guarded, printProblem } from "./output";
import { progress, type Progress } from "./progress";
import { isSameFile } from "./sameFile";

interface Loaded {
  /** The file as read: the output is written from these bytes, so every part of it is kept. */
  readonly bytes: Buffer;
  readonly snapshot: WorkbookSnapshot;
  /** The engine's session on the snapshot: checked once, inputs read once. */
  readonly session: Session;
}

/** Reads a workbook: the exit code (after saying why) when it cannot be read. */
export async function openWorkbook(file: string): Promise<Loaded | number> {
  const bytes = await readBytes(file);
  const read = bytes.ok ? snapshotFromBytes(bytes.value, file) : bytes;
  if (!bytes.ok || !read.ok) {
    const [problem] = read.ok ? [] : read.issues;
    if (problem) printProblem(problem);
    return EXIT.cannotRun;
  }
  return { bytes: bytes.value, snapshot: read.value, session: openSession(read.value) };
}

/**
 * Reads a workbook and asks the engine whether it can be assessed (or, `forPublishing`, published):
 * the exit code (after saying why) when it cannot. A bad figure in one force's row is a warning, printed
 * here: that figure is left out and the run goes on.
 */
export async function loadForAssessment(file: string, forPublishing = false): Promise<Loaded | number> {
  const opened = await openWorkbook(file);
  if (typeof opened === "number") return opened;
  const verdict = forPublishing ? opened.session.publishable : opened.session.assessable;
  if (!verdict.ok) {
    process.stderr.write(`${findingsTable(verdict.blocking)}\n\n${faceText.cli.blockedRunCheck(file, describeIssue(verdict.why))}\n`);
    return EXIT.errorsFound;
  }
  for (const f of verdict.leftOut) process.stderr.write(`${faceText.cli.leftOutWarning(f.sheet, f.cell ?? "", f.message)}\n`);
  return opened;
}

/**
 * Assesses the named forces, stepping the progress bar; on a force that cannot be assessed, says why
 * and gives the exit code instead.
 */
export function assessWithProgress(session: Session, names: readonly string[], bar: Progress): ForceAssessment[] | number {
  const assessments: ForceAssessment[] = [];
  for (const name of names) {
    const result = session.assess(name);
    if (!result.ok) {
      bar.stop();
      for (const i of result.issues) process.stderr.write(`${describeIssue(i)} ${fixFor(i, "cli")}\n`);
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
    process.stderr.write(`${faceText.cli.assessNeedsOut}\n`);
    return EXIT.cannotRun;
  }
  if (isSameFile(file, options.out)) {
    printProblem(issue("output-is-input", {}, { file: options.out }));
    return EXIT.cannotRun;
  }
  if (!options.all === !options.force) {
    process.stderr.write(`${faceText.cli.assessNeedsForceOrAll}\n`);
    return EXIT.cannotRun;
  }
  const loaded = await loadForAssessment(file);
  if (typeof loaded === "number") return loaded;
  const { session } = loaded;
  const { inputs, coverage } = session;
  const names = options.all ? session.forces : [options.force as string];
  const bar = progress(names.length + 1);
  const assessments = assessWithProgress(session, names, bar);
  if (typeof assessments === "number") return assessments;
  const { plan, findings } = session.plan(assessments);
  bar.step("Writing");
  const code = await guarded(options.out, options.overwrite ?? false, () => writeWithPlan(loaded.bytes, plan, options.out as string));
  bar.stop();
  if (code !== EXIT.ok) return code;
  for (const f of findings) process.stderr.write(`${faceText.cli.assessNote(`${describeIssue(f)} ${fixFor(f, "cli")}`)}\n`);
  if (options.json) {
    const out = {
      file,
      out: options.out,
      year: inputs.assessmentYear,
      illustrative: inputs.illustrative,
      coverage: coverageSummary(coverage, inputs.assessmentYear ?? "", session.forces.length) ?? null,
      forces: assessments.map((a) => {
        const on = gradesOnIllustrative(a, coverage);
        return {
          force: a.force,
          domains: a.domains.map((d) => ({ domain: d.domain.name, graded: d.domain.graded, recommendedGrade: d.recommendedGrade, score: d.dataRecommendation?.score ?? null, adjustments: d.adjustments, restsOnIllustrative: on.get(d.domain.id) ?? [] })),
        };
      }),
      notes: findings.map((f) => ({ code: f.code, message: describeIssue(f) })),
    };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    for (const a of assessments) {
      const on = gradesOnIllustrative(a, coverage);
      const grades = a.domains.filter((d) => d.domain.graded).map((d) => `${d.domain.name}: ${d.recommendedGrade ?? "not enough data"}${on.has(d.domain.id) ? ILLUSTRATIVE_MARK : ""}`);
      process.stdout.write(`${a.force}: ${grades.join("; ")}\n`);
    }
    const summary = coverageSummary(coverage, inputs.assessmentYear ?? "", session.forces.length);
    if (summary) process.stdout.write(`\n${[summary, ...illustrativeGradesNote(assessments, coverage)].join("\n")}\n`);
    process.stdout.write(`\n${faceText.cli.assessWritten(options.out, inputs.illustrative && !summary)}\n`);
  }
  return EXIT.ok;
}

/** `ra report FILE --force NAME`: prints the report text of one force. */
export async function runReport(file: string, options: { force?: string }): Promise<number> {
  if (!options.force) {
    process.stderr.write(`${faceText.cli.reportNeedsForce}\n`);
    return EXIT.cannotRun;
  }
  const loaded = await loadForAssessment(file);
  if (typeof loaded === "number") return loaded;
  const { session } = loaded;
  const result = session.assess(options.force);
  if (!result.ok) {
    for (const i of result.issues) process.stderr.write(`${describeIssue(i)} ${fixFor(i, "cli")}\n`);
    return EXIT.errorsFound;
  }
  const report = reportTextOf(result.value, session.coverage);
  const lines = [`${result.value.force}: rounded assessment ${result.value.year}${session.inputs.illustrative ? " (ILLUSTRATIVE DATA)" : ""}`, ""];
  for (const d of report.domains) {
    lines.push(d.domain, "-".repeat(d.domain.length));
    for (const a of d.answers) lines.push(a.question, a.text, "");
  }
  process.stdout.write(`${lines.join("\n")}\n`);
  return EXIT.ok;
}
