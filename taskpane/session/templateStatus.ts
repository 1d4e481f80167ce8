import { TEMPLATE_VERSION, addedAfter, inputSheets, template, type WorkbookSnapshot } from "../../src/engine/workbook";
import { faceText } from "../../src/engine/messages/faceText";

/** Whether the open workbook follows the template, in the words the Home view uses. */
export type TemplateStatus =
  | { readonly kind: "empty" }
  | { readonly kind: "template"; readonly version: string }
  | { readonly kind: "other-version"; readonly version: string }
  | { readonly kind: "partial"; readonly missing: readonly string[]; readonly version: string | null };

/** The template status of a snapshot: no input sheets, all of them (and which version), or some. */
export function templateStatus(snapshot: WorkbookSnapshot): TemplateStatus {
  const present = inputSheets.filter((s) => snapshot.sheets.includes(s));
  const raw = snapshot.about["Template version"];
  const version = raw === null || raw === undefined || typeof raw === "object" ? null : String(raw);
  if (present.length === 0) return { kind: "empty" };
  const missing = inputSheets.filter((s) => !snapshot.sheets.includes(s) && !addedAfter(template.find((t) => t.sheet === s)?.since, version ?? undefined));
  if (missing.length > 0) return { kind: "partial", missing, version };
  if (version !== TEMPLATE_VERSION) return { kind: "other-version", version: version ?? "none" };
  return { kind: "template", version };
}

/** One or two sentences for the Home view. */
export function describeTemplateStatus(status: TemplateStatus): string {
  switch (status.kind) {
    case "empty":
      return faceText.pane.templateEmpty;
    case "template":
      return faceText.pane.templateFollowed(status.version);
    case "other-version":
      return faceText.pane.templateOtherVersion(status.version, TEMPLATE_VERSION);
    case "partial":
      return faceText.pane.templatePartial(status.missing);
  }
}

/**
 * Why the template or the sample cannot be added to this workbook, or null when it can: they are
 * only ever added to a workbook with none of the input sheets, so nothing anyone wrote is overwritten.
 */
export function whyNotAddTemplate(snapshot: WorkbookSnapshot): string | null {
  const present = inputSheets.filter((s) => snapshot.sheets.includes(s));
  if (present.length === 0) return null;
  return faceText.pane.templateNotAdded(present);
}
