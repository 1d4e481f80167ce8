import { forceByAlias, normaliseWords } from "../forces/names";
import { welshForces } from "../workbook/template";
import type { AssessmentSettings } from "./settings";
import type { EvidenceItem, GradeAdjustment } from "./types";

const isKind = (item: EvidenceItem, kind: string) => normaliseWords(item.kind) === normaliseWords(kind);
const isCaaFlag = (item: EvidenceItem) => isKind(item, "CAA red flag") || isKind(item, "CAA green flag");

/** Whether a force is one of the four Welsh forces (whose CAA flags are ignored: the CAA covered England only). */
export const isWelshForce = (force: string): boolean => forceByAlias(force, welshForces) !== undefined;

/** Where the grade stands: its index on the Scale, and the changes so far. */
interface Capping {
  index: number;
  readonly adjustments: GradeAdjustment[];
}

function capAt(state: Capping, scale: readonly string[], cap: string | undefined, rule: string, item: EvidenceItem, reason: (grade: string) => string): void {
  const at = cap === undefined ? -1 : scale.indexOf(cap);
  if (at < 0 || state.index >= at) return;
  state.adjustments.push({ rule, from: scale[state.index] as string, to: scale[at] as string, reason: reason(scale[at] as string), evidence: item });
  state.index = at;
}

/**
 * The evidence rules, in order: a CAA green flag raises the grade from the data by one (when the Rules
 * allow it, never above the best grade); a CAA red flag then caps it at the Rules' grade (default
 * Fair); an adverse inspection judgement (the Rules' list: Poor, Requires improvement, Needs
 * improvement, Inadequate, Not meeting the standard) on any other kind of evidence caps it at the
 * Rules' grade for adverse judgements (default Fair). A person may still override with a reason.
 * CAA flags count for English forces only (`welsh`: the CAA covered England only, so a Welsh force's
 * flags are ignored). Data never decides alone; each change is recorded with its reason and the
 * evidence that made it. With no grade from the data, nothing is adjusted.
 */
export function evidenceAdjustments(fromData: string | null, evidence: readonly EvidenceItem[], settings: AssessmentSettings, welsh = false): { grade: string | null; adjustments: GradeAdjustment[] } {
  if (fromData === null) return { grade: null, adjustments: [] };
  const scale = settings.scale;
  const state: Capping = { index: scale.indexOf(fromData), adjustments: [] };
  const counted = welsh ? evidence.filter((e) => !isCaaFlag(e)) : evidence;
  const green = counted.find((e) => isKind(e, "CAA green flag"));
  if (green && settings.greenFlagRaises && state.index > 0) {
    state.adjustments.push({ rule: "green-flag-can-raise", from: scale[state.index] as string, to: scale[state.index - 1] as string, reason: `A CAA green flag for exceptional work${green.detail ? ` (${green.detail})` : ""} raises the grade by one.`, evidence: green });
    state.index -= 1;
  }
  const red = counted.find((e) => isKind(e, "CAA red flag"));
  if (red) capAt(state, scale, settings.redFlagCap, "red-flag-caps-grade-at", red, (g) => `A CAA red flag for a concern${red.detail ? ` (${red.detail})` : ""} caps the grade at ${g}.`);
  const adverse = counted.find((e) => !isCaaFlag(e) && settings.adverseJudgements.includes(normaliseWords(e.judgement)));
  if (adverse) {
    capAt(state, scale, settings.adverseCap, "adverse-judgement-caps-grade-at", adverse, (g) => `An adverse judgement, "${adverse.judgement.trim()}" (${[adverse.kind.trim(), adverse.detail.trim()].filter((t) => t !== "").join(": ")}), caps the grade at ${g}.`);
  }
  return { grade: scale[state.index] ?? fromData, adjustments: state.adjustments };
}
