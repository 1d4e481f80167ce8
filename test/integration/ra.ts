import { execFile, execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** The project root and the `ra` command as users run it (the compiled one). */
export const root = join(__dirname, "..", "..");
export const ra = join(root, "bin", "ra.js");

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `ra` with these arguments and gives its exit code and output. */
export const run = (args: readonly string[]) =>
  new Promise<Run>((resolve) => {
    execFile(process.execPath, [ra, ...args], { cwd: root, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });

/** The SHA-256 of a file, to show it was not changed. */
export const sha = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

/** Compiles the library the command runs (lib/). */
export function buildLibrary(): void {
  execFileSync(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.lib.json"], { cwd: root });
}

/** Runs `ra` in this process (src/cli/main, through ts-jest) and gives its exit code and output. */
export async function raInProcess(args: readonly string[]): Promise<Run> {
  const { main } = await import("../../src/cli/main");
  let stdout = "";
  let stderr = "";
  const out = jest.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => ((stdout += String(chunk)), true));
  const err = jest.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => ((stderr += String(chunk)), true));
  try {
    return { code: await main(args), stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}
