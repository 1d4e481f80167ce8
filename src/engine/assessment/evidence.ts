import { normaliseWords } from "../forces/names";
import type { AssessmentSettings } from "./settings";
import type { EvidenceItem, GradeAdjustment } from "./types";

const isKind = (item: EvidenceItem, kind: string) => normaliseWords(item.kind) === normaliseWords(kind);

/**
 * The evidence rules: a CAA green flag raises the grade from the data by one (when the Rules allow it,
 * never above the best grade); a CAA red flag then caps it at the Rules' grade (default Fair). Data
 * never decides alone; each change is recorded with its reason. With no grade from the data, nothing
 * is adjusted.
 */
export function evidenceAdjustments(fromData: string | null, evidence: readonly EvidenceItem[], settings: AssessmentSettings): { grade: string | null; adjustments: GradeAdjustment[] } {
  if (fromData === null) return { grade: null, adjustments: [] };
  const scale = settings.scale;
  const adjustments: GradeAdjustment[] = [];
  let index = scale.indexOf(fromData);
  const green = evidence.find((e) => isKind(e, "CAA green flag"));
  if (green && settings.greenFlagRaises && index > 0) {
    adjustments.push({ rule: "green-flag-can-raise", from: scale[index] as string, to: scale[index - 1] as string, reason: `A CAA green flag for exceptional work${green.detail ? ` (${green.detail})` : ""} raises the grade by one.` });
    index -= 1;
  }
  const red = evidence.find((e) => isKind(e, "CAA red flag"));
  const cap = settings.redFlagCap === undefined ? -1 : scale.indexOf(settings.redFlagCap);
  if (red && cap >= 0 && index < cap) {
    adjustments.push({ rule: "red-flag-caps-grade-at", from: scale[index] as string, to: scale[cap] as string, reason: `A CAA red flag for a concern${red.detail ? ` (${red.detail})` : ""} caps the grade at ${scale[cap]}.` });
    index = cap;
  }
  return { grade: scale[index] ?? fromData, adjustments };
}
