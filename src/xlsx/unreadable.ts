import type { IssueCode } from "../engine/messages/codes";

/** Why a file could not be read as a workbook, as a message-catalogue code. */
export type UnreadableReason = Extract<IssueCode, `file-${string}`>;

const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP = Buffer.from("PK\u0003\u0004", "latin1");
const ZIP_EMPTY = Buffer.from("PK\u0005\u0006", "latin1");
const END_OF_ZIP = Buffer.from("PK\u0005\u0006", "latin1");

/**
 * Sorts out, from its bytes alone, a file that cannot be an .xlsx workbook: empty; an OLE compound
 * document (an encrypted, password-protected workbook has an "EncryptedPackage" stream, otherwise it
 * is an old .xls); a zip cut short (no end-of-archive record); a zip that is not a workbook (no
 * xl/workbook.xml, such as a .docx); anything else. Undefined means it may be a workbook: try to load it.
 */
export function diagnoseBytes(bytes: Buffer): UnreadableReason | undefined {
  if (bytes.length === 0) return "file-empty";
  if (bytes.subarray(0, 8).equals(OLE)) {
    return bytes.includes(Buffer.from("EncryptedPackage", "utf16le")) ? "file-password-protected" : "file-old-excel-format";
  }
  const isZip = bytes.subarray(0, 4).equals(ZIP) || bytes.subarray(0, 4).equals(ZIP_EMPTY);
  if (!isZip) return "file-not-a-workbook";
  const tail = bytes.subarray(Math.max(0, bytes.length - 65_557));
  if (!tail.includes(END_OF_ZIP)) return "file-corrupt";
  if (!bytes.includes(Buffer.from("xl/workbook.xml", "latin1"))) return "file-not-a-workbook";
  return undefined;
}
