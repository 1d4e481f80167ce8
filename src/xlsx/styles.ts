import { attributesOf, escapeXml } from "./xml";

/** Excel's built-in number formats that output sheets use, by format code. */
const BUILT_IN: Readonly<Record<string, number>> = { General: 0, "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4, "0%": 9, "0.00%": 10, "0.00E+00": 11, "@": 49 };

const XF_ELEMENT = /<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g;

function ourXf(numFmtId: number): string {
  return `<xf numFmtId="${numFmtId}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`;
}

/**
 * Gives each number format a cell style (an index into cellXfs) in a styles part, adding to the part
 * only what it lacks: a format already defined and a style this writer added on an earlier run are
 * used again, so re-runs leave the part as it is. Returns the part (changed or not) and the indices.
 */
export function ensureNumberFormats(stylesXml: string, formats: readonly string[]): { xml: string; styleOf: Map<string, number> } {
  let xml = stylesXml;
  const styleOf = new Map<string, number>();
  const wanted = [...new Set(formats)];
  if (wanted.length === 0) return { xml, styleOf };
  if (!/<cellXfs\b/.test(xml)) throw new Error("styles part without cellXfs");
  const defined = new Map<string, number>();
  let maxId = 163;
  for (const m of xml.matchAll(/<numFmt\b[^>]*\/?>/g)) {
    const a = attributesOf(m[0]);
    const id = Number(a.numFmtId);
    if (a.formatCode !== undefined && !defined.has(a.formatCode)) defined.set(a.formatCode, id);
    maxId = Math.max(maxId, id);
  }
  const added: string[] = [];
  const idOf = (format: string): number => {
    const known = BUILT_IN[format] ?? defined.get(format);
    if (known !== undefined) return known;
    const id = ++maxId;
    defined.set(format, id);
    added.push(`<numFmt numFmtId="${id}" formatCode="${escapeXml(format)}"/>`);
    return id;
  };
  const ids = wanted.map((f) => [f, idOf(f)] as const);
  if (added.length > 0) {
    if (/<numFmts\b[^>]*\/>/.test(xml)) xml = xml.replace(/<numFmts\b[^>]*\/>/, "<numFmts></numFmts>");
    if (/<numFmts\b/.test(xml)) {
      xml = xml.replace(/<numFmts\b([^>]*)>([\s\S]*?)<\/numFmts>/, (_, attrs: string, body: string) => {
        const count = (body.match(/<numFmt\b/g) ?? []).length + added.length;
        return `<numFmts${attrs.replace(/\s*count="\d*"/, "")} count="${count}">${body}${added.join("")}</numFmts>`;
      });
    } else {
      xml = xml.replace(/(<styleSheet\b[^>]*>)/, `$1<numFmts count="${added.length}">${added.join("")}</numFmts>`);
    }
  }
  xml = xml.replace(/<cellXfs\b([^>]*?)(\/>|>([\s\S]*?)<\/cellXfs>)/, (_, attrs: string, _close: string, body: string | undefined) => {
    const existing = [...(body ?? "").matchAll(XF_ELEMENT)].map((m) => m[0]);
    const extra: string[] = [];
    for (const [format, id] of ids) {
      const xf = ourXf(id);
      let index = existing.indexOf(xf);
      if (index < 0) {
        index = existing.length + extra.length;
        extra.push(xf);
      }
      styleOf.set(format, index);
    }
    if (extra.length === 0) return `<cellXfs${attrs}${_close}`;
    return `<cellXfs${attrs.replace(/\s*count="\d*"/, "")} count="${existing.length + extra.length}">${body ?? ""}${extra.join("")}</cellXfs>`;
  });
  return { xml, styleOf };
}
