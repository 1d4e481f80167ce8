import { cellTextNotes } from "../messages/en-GB";
import { warning, type Issue } from "../result";
import { a1, parseAddress, type CellValue } from "./snapshot";
import type { BlockWrite, TableCreate, WritePlan } from "./writePlan";

/** The most characters an Excel cell holds (Excel's specification; LibreOffice cuts longer text silently). */
export const CELL_TEXT_LIMIT = 32_767;

const tooLong = (v: CellValue | undefined, limit: number): v is string => typeof v === "string" && v.length > limit;

/** Where to cut `text` at or before `end`: after the last space in the last fifth, and never inside a surrogate pair. */
function cutPoint(text: string, start: number, end: number): number {
  if (end >= text.length) return text.length;
  const space = text.lastIndexOf(" ", end - 1);
  let at = space > start + (end - start) * 0.8 ? space + 1 : end;
  const code = text.charCodeAt(at - 1);
  if (code >= 0xd800 && code <= 0xdbff) at -= 1;
  return at;
}

/**
 * Text too long for one cell in parts that each fit with their notes: every part but the last ends
 * "[continued in the next row]", every part but the first starts "[continued]". Removing those notes
 * and joining the parts gives the text back exactly.
 */
export function splitText(text: string, limit = CELL_TEXT_LIMIT): string[] {
  const { continuesBelow, continuedFromAbove } = cellTextNotes;
  const parts: string[] = [];
  let start = 0;
  while (start < text.length) {
    const room = limit - continuesBelow.length - (start > 0 ? continuedFromAbove.length : 0);
    const rest = text.length - start;
    const lastRoom = limit - (start > 0 ? continuedFromAbove.length : 0);
    const end = rest <= lastRoom ? text.length : cutPoint(text, start, start + room);
    parts.push(`${start > 0 ? continuedFromAbove : ""}${text.slice(start, end)}${end < text.length ? continuesBelow : ""}`);
    start = end;
  }
  return parts;
}

/** A short description of a row for a message: its short text cells ("Kent, Local Crime and Policing, ..."). */
function rowWords(row: readonly CellValue[], skip: number): string {
  return row.filter((v, i): v is string => i !== skip && typeof v === "string" && v.trim() !== "" && v.length <= 100).join(", ");
}

function fitTable(t: TableCreate, limit: number, findings: Issue[]): TableCreate {
  if (!t.rows.some((r) => r.some((v) => tooLong(v, limit)))) return t;
  const top = parseAddress(t.topLeft);
  const rows: (readonly CellValue[])[] = [];
  for (const row of t.rows) {
    const split = row.map((v) => (tooLong(v, limit) ? splitText(v, limit) : undefined));
    const count = Math.max(1, ...split.map((p) => p?.length ?? 1));
    split.forEach((parts, c) => {
      if (!parts) return;
      const value = row[c] as string;
      findings.push(warning("text-split", { sheet: t.sheet, cell: a1(top.row + 1 + rows.length, top.column + c) }, { column: t.columns[c] ?? "text", what: rowWords(row, c), length: value.length.toLocaleString("en-GB"), limit: limit.toLocaleString("en-GB"), parts: parts.length, sheet: t.sheet }));
    });
    for (let i = 0; i < count; i++) rows.push(row.map((v, c) => (split[c] ? (split[c]?.[i] ?? null) : v)));
  }
  return { ...t, rows };
}

function fitBlock(w: BlockWrite, limit: number, findings: Issue[]): BlockWrite {
  if (!w.values.some((r) => r.some((v) => tooLong(v, limit)))) return w;
  const top = parseAddress(w.topLeft);
  const values = w.values.map((row, r) =>
    row.map((v, c) => {
      if (!tooLong(v, limit)) return v;
      const kept = v.slice(0, cutPoint(v, 0, limit - cellTextNotes.cut(v.length).length));
      const note = cellTextNotes.cut(v.length - kept.length);
      findings.push(warning("text-cut", { sheet: w.sheet, cell: a1(top.row + r, top.column + c) }, { length: v.length.toLocaleString("en-GB"), limit: limit.toLocaleString("en-GB"), left: (v.length - kept.length).toLocaleString("en-GB") }));
      return `${kept}${note}`;
    }),
  );
  return { ...w, values };
}

/**
 * A write plan whose every text fits in a cell (at most {@link CELL_TEXT_LIMIT} characters), for every
 * adapter: a table row with longer text becomes several rows, the long text split over them with notes
 * saying it goes on in the next row (other cells repeated, so the rows still filter together), one
 * `text-split` finding per such cell; text of a block write (outside a table, where no rows can be
 * added) is cut with a note of how many characters were left out (`text-cut`). A plan with nothing too
 * long is returned as it is.
 */
export function fitCellLimit(plan: WritePlan, limit = CELL_TEXT_LIMIT): { plan: WritePlan; findings: Issue[] } {
  const findings: Issue[] = [];
  const tables = plan.tables.map((t) => fitTable(t, limit, findings));
  const writes = plan.writes.map((w) => fitBlock(w, limit, findings));
  return findings.length === 0 ? { plan, findings } : { plan: { ...plan, tables, writes }, findings };
}
