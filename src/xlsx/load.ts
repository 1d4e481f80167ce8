import { readFile } from "node:fs/promises";
import { failure, issue, success, type Result } from "../engine/result";
import { buildSnapshot, type WorkbookSnapshot } from "../engine/workbook";
import { workbookGrids } from "./readPackage";
import { PartError } from "./saxParts";
import { diagnoseBytes } from "./unreadable";
import { ZipError } from "./zip";

/** Reads a file's bytes, or `file-not-found`. */
export async function readBytes(path: string): Promise<Result<Buffer>> {
  try {
    return success(await readFile(path));
  } catch {
    return failure(issue("file-not-found", {}, { file: path }));
  }
}

/**
 * The engine's snapshot of workbook bytes, read from the package's own parts (see
 * {@link workbookGrids}); a package that is damaged (a zip or XML part that cannot be read) is
 * `file-corrupt`, and bytes that are no workbook get the other file-* codes of {@link diagnoseBytes}.
 */
export function snapshotFromBytes(bytes: Uint8Array, file = "The file"): Result<WorkbookSnapshot> {
  const reason = diagnoseBytes(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  if (reason) return failure(issue(reason, {}, { file }));
  try {
    return success(buildSnapshot(workbookGrids(bytes)));
  } catch (error) {
    if (error instanceof PartError || error instanceof ZipError) return failure(issue("file-corrupt", {}, { file }));
    throw error;
  }
}

/**
 * Reads a workbook (a path or its bytes) into the engine's snapshot. An unreadable file gives one
 * issue saying which: file-not-found, file-empty, file-not-a-workbook, file-corrupt,
 * file-password-protected or file-old-excel-format.
 */
export async function readSnapshot(source: string | Buffer, file = typeof source === "string" ? source : "The file"): Promise<Result<WorkbookSnapshot>> {
  const bytes = typeof source === "string" ? await readBytes(source) : success(source);
  if (!bytes.ok) return bytes;
  return snapshotFromBytes(bytes.value, file);
}
