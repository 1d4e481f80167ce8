import { useCallback, useState } from "react";
import { faceText } from "../../src/engine/messages/faceText";
import { openSession } from "../../src/engine/session";
import type { Finding } from "../../src/engine/workbook";
import { failureMessage } from "../session/useWorkbook";
import type { WorkbookPort } from "../workbook/WorkbookPort";

export type CheckState =
  | { readonly step: "idle" }
  | { readonly step: "reading" | "checking" }
  | { readonly step: "done"; readonly findings: readonly Finding[] }
  | { readonly step: "failed"; readonly message: string };

/** Runs the checker on the open workbook (one read), and shows a finding's cell on request. */
export function useCheck(port: WorkbookPort) {
  const [state, setState] = useState<CheckState>({ step: "idle" });
  const [shown, setShown] = useState<{ finding: Finding; message: string } | null>(null);
  const run = useCallback(async () => {
    setState({ step: "reading" });
    setShown(null);
    try {
      const snapshot = await port.readSnapshot();
      setState({ step: "checking" });
      await new Promise((resolve) => setTimeout(resolve, 0));
      setState({ step: "done", findings: openSession(snapshot).findings });
    } catch (error) {
      setState({ step: "failed", message: failureMessage(error) });
    }
  }, [port]);
  const show = useCallback(
    async (finding: Finding) => {
      const place = finding.cell ? `${finding.sheet}!${finding.cell}` : finding.sheet;
      try {
        await port.showCell(finding.sheet, finding.cell);
        setShown({ finding, message: port.kind === "excel" ? faceText.pane.selectedInExcel(place) : faceText.pane.highlightedInPreview(place) });
      } catch {
        setShown({ finding, message: faceText.pane.cellNotShown(place) });
      }
    },
    [port],
  );
  return { state, run, shown, show };
}
