/**
 * Reads a workbook file the user chose in the pane (its bytes, in the browser) into the engine's
 * snapshot, through the .xlsx adapter's own reader, as `ra merge` reads it: Office itself can only
 * read the open workbook. So a copy saved by LibreOffice, openpyxl or pandas reads here as it does in
 * the command (the package reader follows openpyxl's absolute part names). Loaded on demand, so the
 * reader is never part of the pane's first load.
 */
import { Buffer } from "buffer";
import type { WorkbookSnapshot } from "../../src/engine/workbook";
import { readSnapshot } from "../../src/xlsx/load";
import { UnreadableCopy } from "./chooseCopies";

/** The snapshot of a workbook's bytes; throws {@link UnreadableCopy}, saying why, when they cannot be read. */
export async function snapshotOfBytes(bytes: ArrayBuffer, file: string): Promise<WorkbookSnapshot> {
  const read = await readSnapshot(Buffer.from(bytes), file);
  if (read.ok) return read.value;
  const first = read.issues[0];
  throw first ? new UnreadableCopy(first) : new Error(`${file} could not be read`);
}
