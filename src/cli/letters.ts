import { resolve } from "node:path";
import { decisionKey, type Decision } from "../engine/assessment";
import { domains } from "../engine/catalogue/domains";
import { closestForceName, sameForce } from "../engine/forces/names";
import { contactsOf, feedbackLetter, letterGrades, letterProse, openLetter, shortFalls, type Letter } from "../engine/letters";
import { describeIssue, fixFor } from "../engine/messages/describe";
import { faceText } from "../engine/messages/faceText";
import { readability, writeForceReport } from "../engine/narrative";
import { issue, type Issue } from "../engine/result";
import { openSession } from "../engine/session";
import { siteFolderProblem, slugOf, writeSite, SiteWriteError, type FolderFile, type OwnedFolder } from "../publish";
import { readSnapshot } from "../xlsx";
import { assessWithProgress, loadForAssessment } from "./assess";
import { EXIT, printProblem } from "./output";
import { progress } from "./progress";

const LETTERS: OwnedFolder = { marker: ".ra-letters", command: "ra letters" };
const graded = domains.filter((d) => d.graded);
const say = (text: string) => process.stderr.write(`${text}\n`);

const assessed = (decisions: ReadonlyMap<string, Decision>, force: string) => graded.some((d) => decisions.has(decisionKey(force, d.name)));

/** The grade each graded domain of a force had in an earlier assessed workbook: its final grade, else its recommendation. */
function previousGrades(decisions: ReadonlyMap<string, Decision> | undefined, force: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const d of graded) {
    const decision = decisions?.get(decisionKey(force, d.name));
    const grade = decision ? decision.finalGrade || decision.recommended : "";
    if (grade !== "") out.set(d.name, grade);
  }
  return out;
}

/**
 * `ra letters FILE --out DIR [--force NAME] [--due DATE] [--previous FILE] [--report-again DATE]
 * [--overwrite]`: for each assessed force, a feedback letter to the chief constable and the police
 * authority chair, and an open letter where a domain is at the lowest grade or fell by two grades,
 * as Word documents written to DIR (a new folder; only an earlier ra letters folder is replaced).
 * Exit 0 written; 1 the workbook has errors or the force is not assessed; 2 a file or folder cannot
 * be read or written.
 */
export async function runLetters(file: string, options: { out?: string; force?: string; due?: string; previous?: string; reportAgain?: string; overwrite?: boolean }): Promise<number> {
  if (!options.out) {
    say(faceText.cli.lettersNeedOut);
    return EXIT.cannotRun;
  }
  const out = options.out;
  const early = resolve(file).startsWith(`${resolve(out)}/`) ? faceText.cli.folderHoldsWorkbook(file, out) : siteFolderProblem(out, options.overwrite ?? false, LETTERS);
  if (early) {
    say(early);
    return EXIT.cannotRun;
  }
  let before: ReadonlyMap<string, Decision> | undefined;
  if (options.previous) {
    const previous = await readSnapshot(options.previous);
    if (!previous.ok) {
      const [problem] = previous.issues;
      if (problem) printProblem(problem);
      return EXIT.cannotRun;
    }
    before = openSession(previous.value).decisions;
  }
  const loaded = await loadForAssessment(file);
  if (typeof loaded === "number") return loaded;
  const { session } = loaded;
  const { settings, decisions } = session;
  const all = session.forces;
  const notes: Issue[] = [];
  let names: string[];
  if (options.force) {
    const known = all.find((f) => sameForce(f, options.force as string));
    if (!known) {
      const close = closestForceName(options.force, all);
      say(faceText.cli.lettersUnknownForce(options.force, close ? (all.find((f) => sameForce(f, close)) ?? close) : undefined));
      return EXIT.errorsFound;
    }
    if (!assessed(decisions, known)) {
      const problem = issue("letter-not-assessed", { sheet: "Assessment", force: known }, { force: known });
      say(`${describeIssue(problem)} ${fixFor(problem, "cli")}`);
      return EXIT.errorsFound;
    }
    names = [known];
  } else {
    names = all.filter((f) => assessed(decisions, f));
    for (const f of all.filter((x) => !names.includes(x))) notes.push(issue("letter-not-assessed", { sheet: "Assessment", force: f }, { force: f }, "warning"));
    if (names.length === 0) {
      say(faceText.cli.lettersNothingAssessed(file));
      return EXIT.errorsFound;
    }
  }

  const bar = progress(names.length + 1);
  const assessments = assessWithProgress(session, names, bar);
  if (typeof assessments === "number") return assessments;
  const letters: Letter[] = [];
  for (const a of assessments) {
    const grades = letterGrades(a, session);
    const facts = { assessment: a, report: writeForceReport(a), grades, settings, contacts: contactsOf(loaded.snapshot, a.force), commentsDue: options.due ?? "" };
    letters.push(feedbackLetter(facts));
    const falls = shortFalls(grades, settings.scale, previousGrades(before, a.force));
    if (falls.length > 0) letters.push(openLetter(facts, falls, options.reportAgain ?? ""));
  }
  bar.step("Writing");
  // The Word library is large: loaded only when letters are written, so every other command starts fast.
  const { letterDocx } = await import("../letters/docx");
  const files: FolderFile[] = [];
  for (const l of letters) files.push({ path: `${l.kind === "open" ? "open-letter" : "feedback"}-${slugOf(l.force)}.docx`, content: await letterDocx(l) });
  files.push({ path: LETTERS.marker, content: faceText.cli.lettersFolderMarker });
  try {
    await writeSite(out, files, options.overwrite ?? false, LETTERS);
  } catch (error) {
    bar.stop();
    say(error instanceof SiteWriteError ? error.message.replace("add --force", "add --overwrite") : faceText.cli.couldNotWrite(out, (error as Error).message));
    return EXIT.cannotRun;
  }
  bar.stop();
  for (const n of notes) say(`Note: ${describeIssue(n)} ${fixFor(n, "cli")}`);
  const placeholders = new Map<string, { first: Issue; forces: Set<string> }>();
  for (const l of letters) {
    for (const p of l.placeholders) {
      const what = String(p.params.what);
      const seen = placeholders.get(what) ?? { first: p, forces: new Set<string>() };
      seen.forces.add(l.force);
      placeholders.set(what, seen);
    }
  }
  for (const [what, { first, forces }] of placeholders) {
    say(`Note: ${faceText.cli.lettersPlaceholder([...forces], what)} ${fixFor(first, "cli")}`);
  }
  const hard = letters.filter((l) => readability(letterProse(l)).fleschReadingEase < 60);
  for (const l of hard) say(`Note: ${faceText.cli.lettersHardToRead(l.kind, l.force)}`);
  const open = letters.filter((l) => l.kind === "open").length;
  const drafts = letters.filter((l) => l.draft).length;
  process.stdout.write(`${faceText.cli.lettersWritten(out, letters.length - open, open, drafts)}\n`);
  return EXIT.ok;
}
