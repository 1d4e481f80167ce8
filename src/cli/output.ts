import { existsSync } from "node:fs";
import { dirname, extname, resolve } from "node:path";
import { describeIssue, fixFor } from "../engine/messages/describe";
import { issue, type Issue } from "../engine/result";

/** Exit codes of every command: 0 done (no errors), 1 errors found in the workbook, 2 could not read or write. */
export const EXIT = { ok: 0, errorsFound: 1, cannotRun: 2 } as const;

/** Prints an issue that stopped the command (a file problem), in plain words, on stderr. */
export function printProblem(problem: Issue): void {
  process.stderr.write(`${describeIssue(problem)}\n${fixFor(problem, "cli")}\n`);
}

/** Says why an output path cannot be written, or undefined when it can. `flag` is the command's flag that allows replacing a file. */
export function outputProblem(path: string, force: boolean, flag = "--force"): string | undefined {
  if (extname(path).toLowerCase() !== ".xlsx") return `The output file ${path} must end in .xlsx.`;
  if (existsSync(path) && !force) {
    const exists = issue("output-exists", {}, { file: path, flag });
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
  const why: Record<string, [string, string]> = {
    EACCES: [`you do not have permission to write in the folder ${folder}`, "Choose a folder you can write to (your own documents folder, for example), or ask whoever looks after the computer for permission."],
    EPERM: [`you do not have permission to write in the folder ${folder}`, "Choose a folder you can write to (your own documents folder, for example), or ask whoever looks after the computer for permission."],
    EROFS: [`the folder ${folder} is on a disk that can only be read`, "Choose a folder on another disk."],
    ENOSPC: ["the disk is full", "Free some space on the disk, or choose a folder on another disk."],
    EDQUOT: ["your disk quota is used up", "Free some space, or choose a folder on another disk."],
    ENOENT: [`the folder ${folder} does not exist`, "Create the folder first, or check its name."],
    ENOTDIR: [`part of the path ${folder} is a file, not a folder`, "Check the path."],
    EISDIR: [`${target} is a folder`, "Give a file name, such as assessed.xlsx."],
    EBUSY: [`${target} is open in another program`, "Close it there (Excel keeps files it has open locked), then try again."],
  };
  const [reason, advice] = why[code] ?? [`the system refused${code ? ` (${code})` : ""}`, "Choose another folder, or ask whoever looks after the computer."];
  return issue("output-not-writable", {}, { file: target, reason, advice });
}

/**
 * Writes an output file through `write` (which writes atomically), after checking the path: it must end
 * in .xlsx and not exist unless `force` (the command's `flag`, --force or --overwrite). Says in plain
 * words why it could not, and gives the exit code.
 */
export async function guarded(path: string, force: boolean, write: () => Promise<void>, flag = "--force"): Promise<number> {
  const problem = outputProblem(path, force, flag);
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
