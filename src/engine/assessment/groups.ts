import { once, remembered } from "../remember";
import type { DataSet } from "../catalogue/types";
import { groupsFromRows, type MsgGroup } from "../compare/groups";
import { normaliseForceName } from "../forces/names";
import { readPositive, type InputValue } from "../input";
import { text, type AssessmentInputs, type Row } from "./inputs";
import type { AssessmentSettings } from "./settings";
import type { ForceAssessment } from "./types";

export interface ForceGroup {
  readonly groups: readonly MsgGroup[];
  readonly source: ForceAssessment["groupSource"];
}

/** MSG rows by normalised force name, and each force's group by year, per workbook's inputs (which never change once read). */
const msgRows = new WeakMap<AssessmentInputs, Map<string, Row[]>>();
const groupsFound = new WeakMap<AssessmentInputs, Map<string, ForceGroup>>();

function msgRowsOf(inputs: AssessmentInputs): Map<string, Row[]> {
  return once(msgRows, inputs, () => {
    const rows = new Map<string, Row[]>();
    for (const r of inputs.msg) {
      const k = normaliseForceName(text(r, "Force"));
      const list = rows.get(k);
      if (list) list.push(r);
      else rows.set(k, [r]);
    }
    return rows;
  });
}

/** The force's group for the year: its MSG rows for that year, or with no year. */
export function groupOf(inputs: AssessmentInputs, force: string, year: string): ForceGroup {
  return remembered(groupsFound, inputs, `${normaliseForceName(force)}|${year}`, () => {
    const rows = (msgRowsOf(inputs).get(normaliseForceName(force)) ?? []).filter((r) => text(r, "Year") === "" || text(r, "Year") === year);
    const sources = new Set(rows.map((r) => text(r, "Source").toLowerCase()));
    const source = sources.has("official") ? "official" : sources.has("derived") ? "derived" : "unstated";
    return { groups: groupsFromRows(rows.map((r) => [text(r, "Force"), text(r, "Peer")])), source };
  });
}

/** Every force of the Forces table, in the table's order. */
export function forcesOf(inputs: AssessmentInputs): readonly string[] {
  return [...new Map(inputs.forces.map((r) => [normaliseForceName(text(r, "Force")), text(r, "Force")])).values()].filter((f) => f !== "");
}

/** A force's survey design effect: its row's, or the Rules default when blank or unusable. */
export function designEffectOf(settings: AssessmentSettings, designEffects: ReadonlyMap<string, InputValue>, force: string, dataSet: DataSet): number {
  if (dataSet.statistic !== "survey") return settings.defaultDesignEffect;
  const own = designEffects.get(normaliseForceName(force));
  const design = readPositive(own === null || own === undefined || own === "" ? settings.defaultDesignEffect : own, { label: "Design effect" });
  return design.ok ? design.value : settings.defaultDesignEffect;
}
