import { useCallback, useMemo, useState } from "react";
import { faceText } from "../../src/engine/messages/faceText";
import { mergeCopies, type MergeResult, type RegionalCopy } from "../../src/engine/programme";
import type { WorkbookSnapshot } from "../../src/engine/workbook";
import { failureMessage } from "../session/useWorkbook";
import type { WorkbookPort } from "../workbook/WorkbookPort";
import { chooseCopies, type ChosenFile } from "./chooseCopies";

type Outcome = { readonly intent: "success" | "error"; readonly text: string };

/** A file from an <input type="file">, read in the browser and parsed by the .xlsx reader (loaded on demand). */
export function chosenFile(file: File): ChosenFile {
  return {
    name: file.name,
    read: async () => {
      const { snapshotOfBytes } = await import(/* webpackChunkName: "copy-reader" */ "./readCopy");
      return snapshotOfBytes(await file.arrayBuffer(), file.name);
    },
  };
}

/**
 * Merging regional copies into the open workbook, as `ra merge` does: the engine's merge of the copies
 * chosen against the workbook as read now, shown before anything is written; written (through the
 * port, into Assessment, Comments, Evidence, Actions and Merges only) when no conflict is left
 * unsettled. `prefer` names the copy whose side wins every conflict, as `--prefer` does.
 */
export function useMerge(port: WorkbookPort, onWritten: () => Promise<unknown>) {
  const [national, setNational] = useState<WorkbookSnapshot | null>(null);
  const [copies, setCopies] = useState<readonly RegionalCopy[]>([]);
  const [refused, setRefused] = useState<readonly string[]>([]);
  const [prefer, setPrefer] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const choose = useCallback(
    async (files: readonly ChosenFile[]) => {
      setBusy(true);
      setOutcome(null);
      setPrefer(undefined);
      try {
        const [base, chosen] = await Promise.all([port.readSnapshot(), chooseCopies(files)]);
        setNational(base);
        setCopies(chosen.copies);
        setRefused(chosen.refused);
      } catch (error) {
        setOutcome({ intent: "error", text: failureMessage(error) });
      } finally {
        setBusy(false);
      }
    },
    [port],
  );

  const result: MergeResult | null = useMemo(() => (national && copies.length > 0 ? mergeCopies(national, copies, prefer) : null), [national, copies, prefer]);

  const write = useCallback(async () => {
    if (!result || result.unsettled > 0) return;
    setBusy(true);
    try {
      await port.applyPlan(result.plan);
      const changed = result.changes.map(faceText.both.mergeChange);
      setOutcome({
        intent: "success",
        text: faceText.pane.merged(changed),
      });
      setCopies([]);
      setNational(null);
      await onWritten();
    } catch (error) {
      setOutcome({ intent: "error", text: failureMessage(error) });
    } finally {
      setBusy(false);
    }
  }, [port, result, onWritten]);

  return { copies, refused, result, prefer, setPrefer, busy, outcome, choose, write };
}
