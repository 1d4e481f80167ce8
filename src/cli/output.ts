import { existsSync } from "node:fs";
import { extname } from "node:path";
import { describeIssue, fixFor } from "../engine/messages/describe";
import type { Issue } from "../engine/result";

/** Exit codes of every command: 0 done (no errors), 1 errors found in the workbook, 2 could not read or write. */
export const EXIT = { ok: 0, errorsFound: 1, cannotRun: 2 } as const;

/** Prints an issue that stopped the command (a file problem), in plain words, on stderr. */
export function printProblem(problem: Issue): void {
  process.stderr.write(`${describeIssue(problem)}\n${fixFor(problem)}\n`);
}

/** Says why an output path cannot be written, or undefined when it can. */
export function outputProblem(path: string, force: boolean): string | undefined {
  if (extname(path).toLowerCase() !== ".xlsx") return `The output file ${path} must end in .xlsx.`;
  if (existsSync(path) && !force) return `${path} already exists. Choose another name, or add --force to replace it.`;
  return undefined;
}

/**
 * Writes an output file through `write` (which writes atomically), after checking the path: it must end
 * in .xlsx and not exist unless `force`. Says in plain words why it could not, and gives the exit code.
 */
export async function guarded(path: string, force: boolean, write: () => Promise<void>): Promise<number> {
  const problem = outputProblem(path, force);
  if (problem) {
    process.stderr.write(`${problem}\n`);
    return EXIT.cannotRun;
  }
  try {
    await write();
  } catch (error) {
    process.stderr.write(`Could not write ${path}: ${(error as NodeJS.ErrnoException).code === "ENOENT" ? "the folder does not exist" : (error as Error).message}.\n`);
    return EXIT.cannotRun;
  }
  return EXIT.ok;
}
