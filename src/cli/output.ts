import { existsSync } from "node:fs";
import { dirname, extname, resolve } from "node:path";
import { describeIssue, fixFor } from "../engine/messages/describe";
import { faceText } from "../engine/messages/faceText";
import { issue, type Issue } from "../engine/result";

/** Exit codes of every command: 0 done (no errors), 1 errors found in the workbook, 2 could not read or write. */
export const EXIT = { ok: 0, errorsFound: 1, cannotRun: 2 } as const;

/** Prints an issue that stopped the command (a file problem), in plain words, on stderr. */
export function printProblem(problem: Issue): void {
  process.stderr.write(`${describeIssue(problem)}\n${fixFor(problem, "cli")}\n`);
}

/** Says why an output path cannot be written, or undefined when it can (an existing file only with `overwrite`). */
export function outputProblem(path: string, overwrite: boolean): string | undefined {
  if (extname(path).toLowerCase() !== ".xlsx") return faceText.cli.outputNotXlsx(path);
  if (existsSync(path) && !overwrite) {
    const exists = issue("output-exists", {}, { file: path });
    return `${describeIssue(exists)} ${fixFor(exists, "cli")}`;
  }
  return undefined;
}

/**
 * Why a file or folder could not be written, in plain words, from the system's error code: never the
 * temporary file's name or the system's own message.
 */
export function writeProblem(error: unknown, target: string): Issue {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? "";
  const folder = dirname(resolve(target));
  const w = faceText.writeRefusals;
  const why: Record<string, readonly [string, string]> = {
    EACCES: w.permission(folder),
    EPERM: w.permission(folder),
    EROFS: w.readOnlyDisk(folder),
    ENOSPC: w.diskFull(),
    EDQUOT: w.quota(),
    ENOENT: w.noFolder(folder),
    ENOTDIR: w.notAFolder(folder),
    EISDIR: w.isFolder(target),
    EBUSY: w.busy(target),
  };
  const [reason, advice] = why[code] ?? w.other(code);
  return issue("output-not-writable", {}, { file: target, reason, advice });
}

/**
 * Writes an output file through `write` (which writes atomically), after checking the path: it must end
 * in .xlsx and not exist unless `force` (the command's `flag`, --force or --overwrite). Says in plain
 * words why it could not, and gives the exit code.
 */
export async function guarded(path: string, overwrite: boolean, write: () => Promise<void>): Promise<number> {
  const problem = outputProblem(path, overwrite);
  if (problem) {
    process.stderr.write(`${problem}\n`);
    return EXIT.cannotRun;
  }
  try {
    await write();
  } catch (error) {
    printProblem(writeProblem(error, path));
    return EXIT.cannotRun;
  }
  return EXIT.ok;
}
