import { useCallback, useState } from "react";
import { faceText } from "../../src/engine/messages/faceText";
import type { WorkbookSnapshot } from "../../src/engine/workbook";
import type { WorkbookPort } from "../workbook/WorkbookPort";

export type Load<T> = { readonly state: "idle" } | { readonly state: "busy" } | { readonly state: "done"; readonly value: T } | { readonly state: "failed"; readonly message: string };

/** A message for an unexpected failure, in plain words. */
export function failureMessage(error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  return faceText.pane.unexpectedFailure(detail);
}

/** Reads the workbook on request; keeps the last snapshot read. */
export function useWorkbook(port: WorkbookPort | null) {
  const [snapshot, setSnapshot] = useState<Load<WorkbookSnapshot>>({ state: "idle" });
  const read = useCallback(async (): Promise<WorkbookSnapshot | null> => {
    if (!port) return null;
    setSnapshot({ state: "busy" });
    try {
      const value = await port.readSnapshot();
      setSnapshot({ state: "done", value });
      return value;
    } catch (error) {
      setSnapshot({ state: "failed", message: failureMessage(error) });
      return null;
    }
  }, [port]);
  return { snapshot, read };
}
