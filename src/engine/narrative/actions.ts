import type { ActionItem } from "../assessment/types";
import type { Writer } from "./dataSetText";
import { countWords } from "./numbers";
import { asSentence } from "./text";

/**
 * What the force is doing to improve, from its recorded actions only: each action with its owner and
 * due date. No recorded action is said plainly, never invented; if the domain has something to
 * improve, the text says that it cannot say how the force will do so.
 */
export function actionSentences(actions: readonly ActionItem[], w: Writer, needsImproving: boolean): string[] {
  const listed = actions.filter((a) => a.action.trim() !== "");
  if (listed.length === 0) {
    return ["No action to improve was recorded.", ...(needsImproving ? ["So we cannot say how the force plans to improve the areas above."] : [])];
  }
  const n = listed.length;
  const intro = `${w.force} has recorded ${countWords(n)} ${n === 1 ? "action" : "actions"} to improve.`;
  return [
    intro,
    ...listed.flatMap((a) => [
      asSentence(a.action),
      ...(a.owner.trim() ? [`Owner: ${a.owner.trim()}.`] : []),
      ...(a.due.trim() ? [`Due: ${a.due.trim()}.`] : []),
    ]),
  ];
}
