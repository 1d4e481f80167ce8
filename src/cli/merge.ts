import { basename, resolve } from "node:path";
import { describeIssue, fixFor } from "../engine/messages/describe";
import { faceText } from "../engine/messages/faceText";
import { mergeCopies, whyNotMergeable, type RegionalCopy } from "../engine/programme";
import { writeWithPlan } from "../xlsx";
import { openWorkbook } from "./assess";
import { EXIT, guarded, printProblem } from "./output";

/** Reads and checks one workbook of the merge: the exit code (after saying why) when it cannot take part. */
async function open(file: string): Promise<Awaited<ReturnType<typeof openWorkbook>>> {
  const opened = await openWorkbook(file);
  if (typeof opened === "number") return opened;
  const refusal = whyNotMergeable(file, opened.snapshot);
  if (refusal) {
    printProblem(refusal);
    return EXIT.errorsFound;
  }
  return opened;
}

const say = (text: string) => process.stderr.write(`${text}\n`);

/**
 * `ra merge NATIONAL REGIONAL... --out OUT [--prefer FILE] [--overwrite] [--json]`: brings the regional
 * copies' decisions, comments, evidence and actions into the national workbook and writes the result
 * to OUT (never to an input). Exit 0 written; 1 a workbook has errors, or rows conflict and --prefer
 * does not settle them (nothing is written); 2 a file cannot be read or written, or the command is wrong.
 */
export async function runMerge(national: string, regional: readonly string[], options: { out?: string; prefer?: string; overwrite?: boolean; json?: boolean }): Promise<number> {
  if (!options.out) {
    say(faceText.cli.mergeNeedsOut);
    return EXIT.cannotRun;
  }
  if (regional.length === 0) {
    say(faceText.cli.mergeNeedsCopies);
    return EXIT.cannotRun;
  }
  const inputs = [national, ...regional].map((f) => resolve(f));
  if (inputs.includes(resolve(options.out))) {
    say(faceText.cli.mergeOutIsInput);
    return EXIT.cannotRun;
  }
  if (new Set(inputs).size < inputs.length) {
    say(faceText.cli.mergeSameFileTwice);
    return EXIT.cannotRun;
  }
  const names = regional.map((f) => basename(f));
  const repeated = names.find((n, i) => names.indexOf(n) !== i);
  if (repeated) {
    say(faceText.both.copyNamedTwice(repeated, "regional copies"));
    return EXIT.cannotRun;
  }
  const prefer = options.prefer === undefined ? undefined : regional.find((f) => resolve(f) === resolve(options.prefer as string));
  if (options.prefer !== undefined && !prefer) {
    say(`--prefer ${options.prefer} is not one of the regional copies named (${regional.join(", ")}).`);
    return EXIT.cannotRun;
  }

  const base = await open(national);
  if (typeof base === "number") return base;
  const copies: RegionalCopy[] = [];
  for (const [i, file] of regional.entries()) {
    const opened = await open(file);
    if (typeof opened === "number") return opened;
    copies.push({ file, name: names[i] as string, snapshot: opened.snapshot });
  }

  const result = mergeCopies(base.snapshot, copies, prefer);
  for (const f of result.findings) say(`${f.severity === "error" ? "Conflict" : "Note"}: ${describeIssue(f)} ${fixFor(f, "cli")}`);
  const summary = {
    national,
    copies: regional,
    out: options.out,
    written: false,
    changes: result.changes,
    conflicts: result.conflicts,
    notes: result.findings.filter((f) => f.severity !== "error").map((f) => ({ code: f.code, message: describeIssue(f) })),
  };
  if (result.unsettled > 0) {
    say(`\n${result.unsettled} ${result.unsettled === 1 ? "row was" : "rows were"} changed in two copies in different ways. Nothing was written. Make the copies agree, or add --prefer with the copy that should win.`);
    if (options.json) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    return EXIT.errorsFound;
  }
  const code = await guarded(options.out, options.overwrite ?? false, () => writeWithPlan(base.bytes, result.plan, options.out as string));
  if (code !== EXIT.ok) return code;
  if (options.json) {
    process.stdout.write(`${JSON.stringify({ ...summary, written: true }, null, 2)}\n`);
  } else {
    for (const c of result.changes) process.stdout.write(`${faceText.both.mergeChange(c)}\n`);
    if (result.changes.length === 0) process.stdout.write(`${faceText.both.nothingMerged}\n`);
    process.stdout.write(`\n${faceText.cli.mergeWritten(options.out)}\n`);
  }
  return EXIT.ok;
}
