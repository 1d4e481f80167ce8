import { describeIssue, fixFor } from "../../src/engine/messages/describe";
import { faceText } from "../../src/engine/messages/faceText";
import type { Issue } from "../../src/engine/result";
import { whyNotMergeable, type RegionalCopy } from "../../src/engine/programme";
import type { WorkbookSnapshot } from "../../src/engine/workbook";

/** A file the user chose: its name and a way to read it. */
export interface ChosenFile {
  readonly name: string;
  read(): Promise<WorkbookSnapshot>;
}

/** Thrown by a chosen file's `read` when the .xlsx reader says why it cannot be read (file-* codes). */
export class UnreadableCopy extends Error {
  constructor(readonly issue: Issue) {
    super(describeIssue(issue));
  }
}

/** The chosen files that can be merged, and why each other one cannot. */
export interface ChosenCopies {
  readonly copies: readonly RegionalCopy[];
  readonly refused: readonly string[];
}

/**
 * Reads the regional copies the user chose, keeping those that can take part in a merge by the rules
 * `ra merge` applies: a file that cannot be read, or has errors against the template
 * (`merge-not-a-copy`), is refused with the reason; two files of the same name are refused, since the
 * Merges sheet knows each copy by its file name.
 */
export async function chooseCopies(files: readonly ChosenFile[]): Promise<ChosenCopies> {
  const copies: RegionalCopy[] = [];
  const refused: string[] = [];
  const names = files.map((f) => f.name);
  for (const file of files) {
    if (names.indexOf(file.name) !== names.lastIndexOf(file.name)) {
      refused.push(faceText.both.copyNamedTwice(file.name, "of the files chosen"));
      continue;
    }
    let snapshot: WorkbookSnapshot;
    try {
      snapshot = await file.read();
    } catch (error) {
      refused.push(error instanceof UnreadableCopy ? `${describeIssue(error.issue)} ${fixFor(error.issue, "pane")}` : faceText.pane.copyUnreadable(file.name));
      continue;
    }
    const refusal = whyNotMergeable(file.name, snapshot);
    if (refusal) {
      refused.push(describeIssue(refusal));
      continue;
    }
    copies.push({ file: file.name, name: file.name, snapshot });
  }
  return { copies, refused };
}
