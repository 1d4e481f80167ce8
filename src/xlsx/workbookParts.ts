import { parseRelationships, relsPathOf, resolveTarget, type Relationship } from "./opc";
import { parseXml, PartError, type PartReader } from "./saxParts";

/** A worksheet as the workbook part lists it: its name, how it is hidden, and its part in the package. */
export interface WorkbookSheet {
  readonly name: string;
  readonly hidden?: "hidden" | "very hidden";
  readonly part: string;
}

/** What the workbook part says: its worksheets in order, where shared strings and styles are, and the date system. */
export interface WorkbookParts {
  readonly part: string;
  readonly sheets: readonly WorkbookSheet[];
  readonly sharedStrings?: string;
  readonly styles?: string;
  readonly date1904: boolean;
}

const endsWith = (r: Relationship, type: string): boolean => r.type.endsWith(`/${type}`);

/** The relationships of `part` with their targets resolved to part names (absolute and relative targets alike); none when it has no relationships part. */
export function relationshipsOf(parts: PartReader, part: string): Relationship[] {
  const xml = parts.optionalText(relsPathOf(part));
  if (xml === undefined) return [];
  return parseRelationships(xml).map((r) => (r.external ? r : { ...r, target: resolveTarget(part, r.target) }));
}

/**
 * The workbook part (named by the package's officeDocument relationship, else xl/workbook.xml) and what
 * it lists. Chart sheets and dialog sheets are left out: they hold no cells.
 */
export function readWorkbookParts(parts: PartReader): WorkbookParts {
  const part = relationshipsOf(parts, "").find((r) => endsWith(r, "officeDocument") && !r.external)?.target ?? "xl/workbook.xml";
  const rels = relationshipsOf(parts, part);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets: WorkbookSheet[] = [];
  let date1904 = false;
  parseXml(part, parts.text(part), {
    open(local, a) {
      if (local === "workbookPr") date1904 = a.date1904 === "1" || a.date1904 === "true";
      if (local !== "sheet") return;
      const id = Object.keys(a).find((k) => k === "r:id" || k.endsWith(":id"));
      const rel = id === undefined ? undefined : byId.get(a[id] as string);
      if (!rel) throw new PartError(`${part}: sheet ${a.name ?? ""} has no relationship`);
      if (!endsWith(rel, "worksheet")) return;
      const hidden = a.state === "hidden" ? "hidden" : a.state === "veryHidden" ? "very hidden" : undefined;
      sheets.push({ name: a.name ?? "", part: rel.target, ...(hidden ? { hidden } : {}) });
    },
  });
  const sharedStrings = rels.find((r) => endsWith(r, "sharedStrings"))?.target;
  const styles = rels.find((r) => endsWith(r, "styles"))?.target;
  return { part, sheets, date1904, ...(sharedStrings ? { sharedStrings } : {}), ...(styles ? { styles } : {}) };
}
