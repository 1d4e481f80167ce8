import { withSheetTitles } from "./appProperties";
import { assertOutputOnly, type WritePlan } from "../engine/workbook";
import { CONTENT_TYPE, editContentTypes, freeId, parseRelationships, REL, relationshipsXml, relativeTarget, relsPathOf, resolveTarget, type Relationship } from "./opc";
import { OutputSheet, tableXml, worksheetBytes } from "./sheetXml";
import { ensureNumberFormats } from "./styles";
import { attributesOf, escapeXml, NS_RELATIONSHIPS, prefixedAttribute, rootPrefix, tagsNamed, XML_DECLARATION } from "./xml";
import { writeFileAtomically } from "./write";
import { entryBytes, makeEntry, readZip, writeZip, type ZipEntry } from "./zip";

/** The parts of a package, by name (looked up without regard to case, as OPC names are). */
class Package {
  private readonly byName = new Map<string, ZipEntry>();
  private readonly order: string[] = [];
  private readonly changed = new Map<string, ZipEntry>();
  private readonly removed = new Set<string>();

  constructor(entries: readonly ZipEntry[]) {
    for (const e of entries) {
      this.byName.set(e.name.toLowerCase(), e);
      this.order.push(e.name);
    }
  }

  private key(name: string): string {
    return name.toLowerCase();
  }

  has(name: string): boolean {
    const k = this.key(name);
    return !this.removed.has(k) && (this.changed.has(k) || this.byName.has(k));
  }

  text(name: string): string | undefined {
    const k = this.key(name);
    if (this.removed.has(k)) return undefined;
    const e = this.changed.get(k) ?? this.byName.get(k);
    return e ? entryBytes(e).toString("utf8") : undefined;
  }

  /** Sets a part's content (text, or its UTF-8 bytes); a part whose content is unchanged keeps its stored bytes. */
  put(name: string, content: string | Buffer): void {
    const k = this.key(name);
    this.removed.delete(k);
    const original = this.byName.get(k);
    const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
    if (original && original.size === bytes.length && entryBytes(original).equals(bytes)) {
      this.changed.delete(k);
      return;
    }
    this.changed.set(k, makeEntry(original?.name ?? name, bytes));
  }

  remove(name: string): void {
    const k = this.key(name);
    this.changed.delete(k);
    this.removed.add(k);
  }

  names(): string[] {
    const all = [...this.order.map((n) => n.toLowerCase()), ...this.changed.keys()];
    return [...new Set(all)].filter((k) => !this.removed.has(k)).map((k) => (this.changed.get(k) ?? this.byName.get(k))?.name ?? k);
  }

  /** A part name of the form folder/stemN.xml that is not in use. */
  freeName(folder: string, stem: string): string {
    for (let n = 1; ; n++) {
      const name = `${folder}/${stem}${n}.xml`;
      if (!this.has(name)) return name;
    }
  }

  bytes(): Buffer {
    const entries: ZipEntry[] = [];
    const seen = new Set<string>();
    for (const name of [...this.order, ...[...this.changed.values()].map((e) => e.name)]) {
      const k = this.key(name);
      if (seen.has(k) || this.removed.has(k)) continue;
      seen.add(k);
      const e = this.changed.get(k) ?? this.byName.get(k);
      if (e) entries.push(e);
    }
    return writeZip(entries);
  }
}

function relationshipsOf(pkg: Package, part: string): Relationship[] {
  const xml = pkg.text(relsPathOf(part));
  return xml === undefined ? [] : parseRelationships(xml);
}

function putRelationships(pkg: Package, part: string, relationships: readonly Relationship[]): void {
  if (relationships.length === 0) pkg.remove(relsPathOf(part));
  else pkg.put(relsPathOf(part), relationshipsXml(relationships));
}

const MINIMAL_STYLES = `${XML_DECLARATION}<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

/** Asks the program that opens the workbook to recalculate every formula on opening. */
export function withFullCalcOnLoad(workbookXml: string): string {
  const p = rootPrefix(workbookXml);
  const calc = new RegExp(`<${p}calcPr\\b([^>]*?)(/?)>`);
  const m = calc.exec(workbookXml);
  if (m) {
    const attrs = m[1] as string;
    if (/\bfullCalcOnLoad\s*=\s*"(1|true)"/.test(attrs)) return workbookXml;
    const next = /\bfullCalcOnLoad\s*=/.test(attrs) ? attrs.replace(/\bfullCalcOnLoad\s*=\s*"[^"]*"/, 'fullCalcOnLoad="1"') : `${attrs} fullCalcOnLoad="1"`;
    return workbookXml.replace(calc, `<${p}calcPr${next}${m[2]}>`);
  }
  const element = `<${p}calcPr fullCalcOnLoad="1"/>`;
  for (const after of ["definedNames", "externalReferences", "functionGroups", "sheets"]) {
    const closing = new RegExp(`(</${p}${after}>|<${p}${after}\\b[^>]*/>)`);
    if (closing.test(workbookXml)) return workbookXml.replace(closing, `$1${element}`);
  }
  return workbookXml;
}

interface SheetEntry {
  readonly name: string;
  readonly sheetId: number;
  readonly part: string;
}

function sheetsOf(workbookXml: string, workbookPart: string, relationships: readonly Relationship[]): SheetEntry[] {
  return tagsNamed(workbookXml, "sheet").map((tag) => {
    const a = attributesOf(tag);
    const rel = relationships.find((r) => r.id === prefixedAttribute(a, "id"));
    return { name: a.name ?? "", sheetId: Number(a.sheetId ?? 0), part: rel ? resolveTarget(workbookPart, rel.target) : "" };
  });
}

/** The output sheets of a plan, built from its tables and block writes, in the order they are first named. */
function outputSheetsOf(plan: WritePlan): Map<string, OutputSheet> {
  const sheets = new Map<string, OutputSheet>();
  const sheet = (name: string) => sheets.get(name) ?? (sheets.set(name, new OutputSheet()).get(name) as OutputSheet);
  for (const name of [...(plan.replaceSheets ?? []), ...plan.createSheets]) sheet(name);
  for (const t of plan.tables) sheet(t.sheet).addTable(t);
  for (const w of plan.writes) sheet(w.sheet).addBlock(w);
  return sheets;
}

/** A worksheet part from the end of its cells (where drawings are referred to, by the schema's order). */
function afterSheetData(sheetXml: string | undefined): string | undefined {
  const end = sheetXml?.lastIndexOf("sheetData>") ?? -1;
  return end < 0 ? sheetXml : sheetXml?.slice(end);
}

/** The start tag of the first element with local name `local` in a worksheet part, as `<local r:id=".."/>`. */
function keptReference(sheetXml: string | undefined, local: string, kept: readonly Relationship[]): string | undefined {
  const tag = sheetXml === undefined ? undefined : tagsNamed(sheetXml, local)[0];
  const id = tag ? prefixedAttribute(attributesOf(tag), "id") : undefined;
  return id && kept.some((r) => r.id === id) ? `<${local} r:id="${escapeXml(id)}"/>` : undefined;
}

/**
 * The bytes of an existing workbook with a plan's output sheets written into it. Only the parts that
 * must change are written: each output sheet's worksheet part and its table parts, the workbook part
 * (new sheets, and recalculation on opening), its relationships, the list of sheet titles in docProps/app.xml, [Content_Types].xml and the styles
 * part (number formats the output needs). Every other part (input sheets, charts, drawings, images,
 * comments, pivot tables, VBA, themes, defined names) is copied as stored, byte for byte. An output
 * sheet that exists already is rewritten in place: same name, position, sheet id and part, so
 * formulas elsewhere that refer to it keep working.
 */
export function patchWorkbook(bytes: Uint8Array, plan: WritePlan): Buffer {
  const pkg = new Package(readZip(bytes));
  const rootRels = parseRelationships(pkg.text("_rels/.rels") ?? "");
  const officeDocument = rootRels.find((r) => r.type === REL.officeDocument);
  if (!officeDocument) throw new Error("no workbook part");
  const workbookPart = resolveTarget("", officeDocument.target);
  let workbookXml = pkg.text(workbookPart) ?? "";
  const workbookRels = relationshipsOf(pkg, workbookPart);
  const rootWorkbookRelCount = workbookRels.length;
  const sheets = sheetsOf(workbookXml, workbookPart, workbookRels);
  const outputs = outputSheetsOf(plan);

  let stylesRel = workbookRels.find((r) => r.type === REL.styles);
  const addedTypes = new Map<string, string>();
  const removedParts = new Set<string>();
  if (!stylesRel) {
    stylesRel = { id: freeId(workbookRels.map((r) => r.id), "rId"), type: REL.styles, target: relativeTarget(workbookPart, "xl/styles.xml"), external: false };
    workbookRels.push(stylesRel);
    pkg.put("xl/styles.xml", MINIMAL_STYLES);
    addedTypes.set("xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml");
  }
  const stylesPart = resolveTarget(workbookPart, stylesRel.target);
  const styles = ensureNumberFormats(pkg.text(stylesPart) ?? MINIMAL_STYLES, [...outputs.values()].flatMap((s) => s.formats()));
  pkg.put(stylesPart, styles.xml);

  // First free the table parts of the sheets being rewritten, so that their names and ids are used again.
  const targets = [...outputs].map(([name, sheet]) => ({ name, sheet, existing: sheets.find((s) => s.name.toLowerCase() === name.toLowerCase()) }));
  const keptRels = new Map<string, Relationship[]>();
  for (const t of targets) {
    if (!t.existing) continue;
    const rels = relationshipsOf(pkg, t.existing.part);
    for (const r of rels.filter((x) => x.type === REL.table && !x.external)) {
      const part = resolveTarget(t.existing.part, r.target);
      pkg.remove(part);
      removedParts.add(part);
    }
    keptRels.set(t.name, rels.filter((x) => x.type !== REL.table));
  }
  const tableIds = new Set<number>();
  for (const name of pkg.names()) {
    if (!/\.xml$/i.test(name) || !/(^|\/)tables\//i.test(name)) continue;
    const tag = tagsNamed(pkg.text(name) ?? "", "table")[0];
    if (tag) tableIds.add(Number(attributesOf(tag).id));
  }

  let sheetId = Math.max(0, ...sheets.map((s) => s.sheetId));
  const newSheetTags: string[] = [];
  const newSheetNames: string[] = [];
  for (const t of targets) {
    let part = t.existing?.part;
    if (!part) {
      part = pkg.freeName("xl/worksheets", "sheet");
      const id = freeId(workbookRels.map((r) => r.id), "rId");
      workbookRels.push({ id, type: REL.worksheet, target: relativeTarget(workbookPart, part), external: false });
      newSheetNames.push(t.name);
      newSheetTags.push(`<${rootPrefix(workbookXml)}sheet xmlns:r="${NS_RELATIONSHIPS}" name="${escapeXml(t.name)}" sheetId="${++sheetId}" r:id="${id}"/>`);
      addedTypes.set(part, CONTENT_TYPE.worksheet);
    }
    const rels = [...(keptRels.get(t.name) ?? [])];
    const ids: string[] = [];
    for (const table of t.sheet.tables) {
      const tablePart = pkg.freeName("xl/tables", "table");
      let tableId = 1;
      while (tableIds.has(tableId)) tableId++;
      tableIds.add(tableId);
      const rid = freeId(rels.map((r) => r.id), "rId");
      rels.push({ id: rid, type: REL.table, target: relativeTarget(part, tablePart), external: false });
      ids.push(rid);
      pkg.put(tablePart, tableXml(table.spec, tableId, table.ref));
      removedParts.delete(tablePart);
      addedTypes.set(tablePart, CONTENT_TYPE.table);
    }
    const oldXml = afterSheetData(pkg.text(part));
    const kept = keptRels.get(t.name) ?? [];
    const drawing = keptReference(oldXml, "drawing", kept);
    const legacyDrawing = keptReference(oldXml, "legacyDrawing", kept);
    pkg.put(part, worksheetBytes(t.sheet, styles.styleOf, ids, { ...(drawing ? { drawing } : {}), ...(legacyDrawing ? { legacyDrawing } : {}) }));
    putRelationships(pkg, part, rels);
  }

  if (newSheetTags.length > 0) {
    const p = rootPrefix(workbookXml);
    workbookXml = workbookXml.replace(new RegExp(`</${p}sheets>`), `${newSheetTags.join("")}</${p}sheets>`);
  }
  pkg.put(workbookPart, withFullCalcOnLoad(workbookXml));
  const appRel = rootRels.find((r) => r.type === REL.extendedProperties);
  const appPart = appRel ? resolveTarget("", appRel.target) : undefined;
  const appXml = appPart === undefined ? undefined : pkg.text(appPart);
  if (appPart !== undefined && appXml !== undefined) pkg.put(appPart, withSheetTitles(appXml, newSheetNames));
  if (workbookRels.length > rootWorkbookRelCount) putRelationships(pkg, workbookPart, workbookRels);

  const contentTypes = pkg.text("[Content_Types].xml") ?? "";
  const declared = new Set(tagsNamed(contentTypes, "Override").map((tag) => (attributesOf(tag).PartName ?? "").replace(/^\//, "").toLowerCase()));
  const add = new Map([...addedTypes].filter(([part]) => !declared.has(part.toLowerCase())));
  pkg.put("[Content_Types].xml", editContentTypes(contentTypes, add, new Set([...removedParts].map((p) => p.toLowerCase()))));
  return pkg.bytes();
}

/**
 * Writes `base` (an existing workbook's bytes) with a plan's output sheets to `path` (atomically), as
 * {@link patchWorkbook}. The plan must not write input sheets; the input file itself is never written.
 */
export async function writeWithPlan(base: Uint8Array, plan: WritePlan, path: string): Promise<void> {
  await writeFileAtomically(path, patchWorkbook(base, assertOutputOnly(plan)));
}
