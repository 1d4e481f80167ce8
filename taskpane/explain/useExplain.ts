import { useCallback, useState } from "react";
import { faceText } from "../../src/engine/messages/faceText";
import { failureMessage } from "../session/useWorkbook";
import type { SelectedCell, WorkbookPort } from "../workbook/WorkbookPort";
import { explainFormula, type Explanation, type FunctionMetadata } from "./explainFormula";
import { loadFunctions } from "./loadFunctions";
import { parseRaFormula, referencesOf } from "./parseFormula";
import { paneLabels } from "../../src/engine/messages/paneLabels";

/** Where the functions' metadata is served from, beside the task pane page. */
export const METADATA_URL = "functions.json";

let metadata: Promise<readonly FunctionMetadata[]> | null = null;

function loadMetadata(): Promise<readonly FunctionMetadata[]> {
  metadata ??= fetch(METADATA_URL)
    .then((r) => (r.ok ? (r.json() as Promise<{ functions: FunctionMetadata[] }>) : { functions: [] }))
    .then((j) => j.functions)
    .catch(() => []);
  return metadata;
}

export type ExplainState =
  | { readonly kind: "idle" }
  | { readonly kind: "busy" }
  | { readonly kind: "explained"; readonly place: string; readonly explanation: Explanation }
  | { readonly kind: "not-ra"; readonly message: string };

/** Explains the selected cell's RA formula (Excel), or a formula typed in (the preview, or any formula). */
export function useExplain(port: WorkbookPort) {
  const [state, setState] = useState<ExplainState>({ kind: "idle" });

  const explainSelected = useCallback(async () => {
    setState({ kind: "busy" });
    try {
      const read = await port.readSelection((selected: SelectedCell) => referencesOf(parseRaFormula(selected.formula, selected.sheet)));
      if (!read) {
        setState({ kind: "not-ra", message: faceText.pane.noCellSelected });
        return;
      }
      const place = `${read.selected.sheet}!${read.selected.address}`;
      const formula = parseRaFormula(read.selected.formula, read.selected.sheet);
      if (!formula) {
        setState({ kind: "not-ra", message: read.selected.formula ? paneLabels.explain.notSingleFunction(place, read.selected.formula) : paneLabels.explain.holdsValue(place) });
        return;
      }
      setState({ kind: "explained", place, explanation: explainFormula(formula, await loadMetadata(), read.values, await loadFunctions()) });
    } catch (error) {
      setState({ kind: "not-ra", message: failureMessage(error) });
    }
  }, [port]);

  const explainTyped = useCallback(
    async (text: string, sheet: string) => {
      const formula = parseRaFormula(text.startsWith("=") ? text : `=${text}`, sheet);
      if (!formula) {
        setState({ kind: "not-ra", message: paneLabels.explain.typedNotRa(text) });
        return;
      }
      setState({ kind: "busy" });
      try {
        const values = await port.readRanges(referencesOf(formula));
        setState({ kind: "explained", place: paneLabels.explain.typedPlace, explanation: explainFormula(formula, await loadMetadata(), values, await loadFunctions()) });
      } catch (error) {
        setState({ kind: "not-ra", message: failureMessage(error) });
      }
    },
    [port],
  );
  return { state, explainSelected, explainTyped };
}
