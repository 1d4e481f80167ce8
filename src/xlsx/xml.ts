/** Small helpers for the parts of an .xlsx package that are edited as text (never re-serialised). */

function allowedInXml(code: number): boolean {
  return code >= 0x20 ? code !== 0xfffe && code !== 0xffff : code === 0x9 || code === 0xa || code === 0xd;
}

/** Characters XML 1.0 cannot hold (as {@link allowedInXml} says), found in one pass. */
// eslint-disable-next-line no-control-regex -- these control characters are what the pattern is for
const NOT_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/** Text escaped for an XML attribute or element, with characters XML 1.0 cannot hold removed. */
export function escapeXml(text: string): string {
  const clean = NOT_IN_XML.test(text) ? [...text].filter((ch) => allowedInXml(ch.codePointAt(0) as number)).join("") : text;
  return /[&<>"]/.test(clean) ? clean.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;") : clean;
}

/** An attribute value as text (entities decoded). */
export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
    const k = e.toLowerCase();
    if (k === "amp") return "&";
    if (k === "lt") return "<";
    if (k === "gt") return ">";
    if (k === "quot") return '"';
    if (k === "apos") return "'";
    return String.fromCodePoint(k.startsWith("#x") ? parseInt(k.slice(2), 16) : parseInt(k.slice(1), 10));
  });
}

/** The attributes of one start tag, by qualified name, values decoded. */
export function attributesOf(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out[m[1] as string] = unescapeXml(m[2] ?? m[3] ?? "");
  return out;
}

/** The first attribute whose local name is `local` (any prefix), e.g. r:id. */
export function prefixedAttribute(attributes: Record<string, string>, local: string): string | undefined {
  const key = Object.keys(attributes).find((k) => k.endsWith(`:${local}`));
  return key === undefined ? undefined : attributes[key];
}

/** Every start tag (or empty-element tag) of elements with local name `local`, with any namespace prefix. */
export function tagsNamed(xml: string, local: string): string[] {
  return [...xml.matchAll(new RegExp(`<(?:[\\w.-]+:)?${local}\\b[^>]*>`, "g"))].map((m) => m[0]);
}

/** The namespace prefix ("x:") of the document element, or "" for a default namespace. */
export function rootPrefix(xml: string): string {
  const m = /<([\w.-]+:)?[\w.-]+[\s>]/.exec(xml.replace(/<\?[\s\S]*?\?>/g, "").replace(/<!--[\s\S]*?-->/g, ""));
  return m?.[1] ?? "";
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
export const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const NS_RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const NS_PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
