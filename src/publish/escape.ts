/**
 * The one way text reaches the published pages: every value from a workbook goes through
 * {@link escapeHtml}, and pages are built with the {@link html} tag, which escapes whatever it is given
 * unless it is already {@link Html} built the same way.
 */

const entities: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Text made safe for HTML, in element content and in quoted attribute values alike: & < > " ' become
 * entities, and control characters (which HTML forbids) become the replacement character.
 */
export function escapeHtml(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    const control = (code < 0x20 && ch !== "\t" && ch !== "\n" && ch !== "\r") || code === 0x7f;
    out += control ? "\uFFFD" : (entities[ch] ?? ch);
  }
  return out;
}

/** Markup that is already safe: made by {@link html} or, for text written in this folder, {@link trusted}. */
export class Html {
  constructor(readonly markup: string) {}
  toString(): string {
    return this.markup;
  }
}

/** What a page template may hold: escaped text, numbers, markup, lists of them; nothing for null, undefined or false. */
export type Content = Html | string | number | null | undefined | false | readonly Content[];

function render(value: Content): string {
  if (value === null || value === undefined || value === false) return "";
  if (value instanceof Html) return value.markup;
  if (typeof value === "string") return escapeHtml(value);
  if (typeof value === "number") return escapeHtml(String(value));
  return value.map(render).join("");
}

/** A tagged template for markup: every interpolated value is escaped unless it is {@link Html}. */
export function html(strings: TemplateStringsArray, ...values: readonly Content[]): Html {
  let out = strings[0] ?? "";
  values.forEach((v, i) => {
    out += render(v) + (strings[i + 1] ?? "");
  });
  return new Html(out);
}

/** Markup written in this folder (never from a workbook), such as the style sheet. */
export function trusted(markup: string): Html {
  return new Html(markup);
}
