import { attributesOf, escapeXml, NS_PACKAGE_RELATIONSHIPS, tagsNamed, XML_DECLARATION } from "./xml";

/** One relationship of a part. */
export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

/** The relationships part of `part` ("xl/workbook.xml" -> "xl/_rels/workbook.xml.rels"; "" for the package). */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/**
 * The part a relationship target names, as a zip entry name: absolute targets ("/xl/tables/table1.xml",
 * as openpyxl writes them) from the package root, others relative to the source part's folder.
 */
export function resolveTarget(sourcePart: string, target: string): string {
  const base = target.startsWith("/") ? [] : sourcePart.split("/").slice(0, -1);
  for (const piece of target.replace(/^\/+/, "").split("/")) {
    if (piece === "..") base.pop();
    else if (piece !== "." && piece !== "") base.push(decodeURIComponent(piece));
  }
  return base.join("/");
}

/** A target for `part` relative to the folder of `sourcePart`. */
export function relativeTarget(sourcePart: string, part: string): string {
  const from = sourcePart.split("/").slice(0, -1);
  const to = part.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

export function parseRelationships(xml: string): Relationship[] {
  return tagsNamed(xml, "Relationship").map((tag) => {
    const a = attributesOf(tag);
    return { id: a.Id ?? "", type: a.Type ?? "", target: a.Target ?? "", external: a.TargetMode === "External" };
  });
}

export function relationshipsXml(relationships: readonly Relationship[]): string {
  const items = relationships.map((r) => `<Relationship Id="${escapeXml(r.id)}" Type="${escapeXml(r.type)}" Target="${escapeXml(r.target)}"${r.external ? ' TargetMode="External"' : ""}/>`);
  return `${XML_DECLARATION}<Relationships xmlns="${NS_PACKAGE_RELATIONSHIPS}">${items.join("")}</Relationships>`;
}

/** The first id of the form prefix+number not in `used`. */
export function freeId(used: Iterable<string>, prefix: string): string {
  const taken = new Set(used);
  let n = 1;
  while (taken.has(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}

export const REL = {
  officeDocument: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  table: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  extendedProperties: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties",
} as const;

export const CONTENT_TYPE = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
} as const;

/** [Content_Types].xml with overrides for `add` (part -> type) and without those for `remove` (lower-case part names). */
export function editContentTypes(xml: string, add: ReadonlyMap<string, string>, remove: ReadonlySet<string>): string {
  const added = new Set([...add.keys()].map((p) => p.toLowerCase()));
  let out = xml.replace(/<(?:[\w.-]+:)?Override\b[^>]*?\/>/g, (tag) => {
    const part = (attributesOf(tag).PartName ?? "").replace(/^\//, "").toLowerCase();
    return remove.has(part) || added.has(part) ? "" : tag;
  });
  const overrides = [...add].map(([part, type]) => `<Override PartName="/${escapeXml(part)}" ContentType="${type}"/>`).join("");
  out = out.replace(/<\/((?:[\w.-]+:)?)Types>/, (end) => `${overrides}${end}`);
  return out;
}
