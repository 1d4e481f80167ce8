import { faceText } from "../../src/engine/messages/faceText";
import type { Runtime } from "../runtime";
import { paneLabels } from "../../src/engine/messages/paneLabels";

/** One sentence saying where the task pane is running and what that means for the user. */
export function describeRuntime(runtime: Runtime): string {
  switch (runtime.kind) {
    case "excel":
      return faceText.pane.runtimeExcel(paneLabels.workspace.platforms[runtime.platform] ?? paneLabels.workspace.excel);
    case "office-page-outside-excel":
      return faceText.pane.runtimeOutsideExcel;
    case "preview":
      return faceText.pane.runtimePreview;
  }
}
