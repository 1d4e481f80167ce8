import ExcelJS from "exceljs";
import type { WorkbookSnapshot } from "../../../src/engine/workbook";
import { parseRelationships, relationshipsXml, relativeTarget, resolveTarget } from "../../../src/xlsx/opc";
import { snapshotOf } from "../../../src/xlsx/read";
import { entryBytes, makeEntry, readZip, writeZip } from "../../../src/xlsx/zip";

// ExcelJS as the other tool that reads a workbook into the engine's snapshot (src/xlsx/read.ts's
// snapshotOf), for tests that compare the package reader with it.

const PICTURE_PART = /^xl\/(media\/|drawings\/|comments\/|comments\d+\.xml$)/i;
const PICTURE_RELATIONSHIP = /\/(drawing|vmlDrawing|comments|image)$/;
const PICTURE_ELEMENT = /<(?:[\w.-]+:)?(?:drawing|legacyDrawing|legacyDrawingHF|picture)\b[^>]*\/>/g;

/**
 * A copy ExcelJS 4.4 can read: relationship targets that are absolute ("/xl/worksheets/sheet1.xml",
 * as openpyxl writes them; exceljs issue 1468) made relative, and drawings, images and comments left
 * out (ExcelJS fails on those openpyxl writes; a snapshot needs none of them).
 */
function forExcelJs(bytes: Buffer): Buffer {
  const entries = readZip(bytes);
  const dropped = new Set<string>();
  const out = entries.flatMap((e) => {
    if (PICTURE_PART.test(e.name)) return [];
    if (!/(^|\/)_rels\/[^/]*\.rels$/i.test(e.name)) return [e];
    const source = e.name.replace(/(^|\/)_rels\/([^/]*)\.rels$/i, "$1$2");
    const all = parseRelationships(entryBytes(e).toString("utf8"));
    const kept = all.filter((r) => r.external || !PICTURE_RELATIONSHIP.test(r.type));
    if (kept.length < all.length) dropped.add(source.toLowerCase());
    const relative = kept.map((r) => (r.external || !r.target.startsWith("/") ? r : { ...r, target: relativeTarget(source, resolveTarget(source, r.target)) }));
    return [makeEntry(e.name, relationshipsXml(relative), true)];
  });
  return writeZip(out.map((e) => (dropped.has(e.name.toLowerCase()) ? makeEntry(e.name, entryBytes(e).toString("utf8").replace(PICTURE_ELEMENT, ""), true) : e)));
}

/** The snapshot ExcelJS 4.4 makes of workbook bytes. */
export async function excelJsSnapshot(bytes: Buffer): Promise<WorkbookSnapshot> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(forExcelJs(bytes) as unknown as ArrayBuffer);
  return snapshotOf(wb);
}
