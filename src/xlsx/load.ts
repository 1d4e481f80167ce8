import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { failure, issue, success, type Result } from "../engine/result";
import type { WorkbookSnapshot } from "../engine/workbook";
import { parseRelationships, relationshipsXml, relativeTarget, resolveTarget } from "./opc";
import { snapshotOf } from "./read";
import { diagnoseBytes } from "./unreadable";
import { entryBytes, makeEntry, readZip, writeZip, ZipError } from "./zip";

/** Parts that say nothing about cell values or tables, which ExcelJS need not (and cannot always) read. */
const PICTURE_PART = /^xl\/(media\/|drawings\/|comments\/|comments\d+\.xml$)/i;
const PICTURE_RELATIONSHIP = /\/(drawing|vmlDrawing|comments|image)$/;
const PICTURE_ELEMENT = /<(?:[\w.-]+:)?(?:drawing|legacyDrawing|legacyDrawingHF|picture)\b[^>]*\/>/g;

function isRelationshipsPart(name: string): boolean {
  return /(^|\/)_rels\/[^/]*\.rels$/i.test(name);
}

/**
 * The bytes ExcelJS is given to take a snapshot: the workbook itself when it can read it, otherwise a
 * copy (stored, not compressed) that it can: relationships that name parts by absolute targets
 * ("/xl/worksheets/sheet1.xml", as openpyxl and so pandas write them; ExcelJS cannot follow them)
 * made relative, and drawings, images and comments left out (ExcelJS fails on those openpyxl writes,
 * and the snapshot needs none of them). Only what is read changes; the output is written from the
 * file's own bytes.
 */
export function forExcelJs(bytes: Buffer): Buffer {
  let entries;
  try {
    entries = readZip(bytes);
  } catch (error) {
    if (error instanceof ZipError) return bytes;
    throw error;
  }
  let changed = false;
  const dropped = new Set<string>();
  const out = entries.flatMap((e) => {
    if (PICTURE_PART.test(e.name)) {
      changed = true;
      return [];
    }
    if (!isRelationshipsPart(e.name)) return [e];
    const xml = entryBytes(e).toString("utf8");
    const source = e.name.replace(/(^|\/)_rels\/([^/]*)\.rels$/i, "$1$2");
    const all = parseRelationships(xml);
    const kept = all.filter((r) => r.external || !PICTURE_RELATIONSHIP.test(r.type));
    if (kept.length < all.length) dropped.add(source.toLowerCase());
    if (kept.length === all.length && !/Target\s*=\s*"\//.test(xml)) return [e];
    changed = true;
    const relative = kept.map((r) => (r.external || !r.target.startsWith("/") ? r : { ...r, target: relativeTarget(source, resolveTarget(source, r.target)) }));
    return [makeEntry(e.name, relationshipsXml(relative), true)];
  });
  if (!changed) return bytes;
  return writeZip(out.map((e) => (dropped.has(e.name.toLowerCase()) ? makeEntry(e.name, entryBytes(e).toString("utf8").replace(PICTURE_ELEMENT, ""), true) : e)));
}

/** Loads workbook bytes with ExcelJS, or says why they cannot be read (file-* codes). */
export async function loadWorkbook(bytes: Buffer, file = "The file"): Promise<Result<ExcelJS.Workbook>> {
  const reason = diagnoseBytes(bytes);
  if (reason) return failure(issue(reason, {}, { file }));
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(forExcelJs(bytes) as unknown as ArrayBuffer);
  } catch {
    return failure(issue("file-corrupt", {}, { file }));
  }
  return success(wb);
}

/** Reads a file's bytes, or `file-not-found`. */
export async function readBytes(path: string): Promise<Result<Buffer>> {
  try {
    return success(await readFile(path));
  } catch {
    return failure(issue("file-not-found", {}, { file: path }));
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
  const wb = await loadWorkbook(bytes.value, file);
  return wb.ok ? success(snapshotOf(wb.value)) : wb;
}
