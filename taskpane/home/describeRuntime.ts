import { faceText } from "../../src/engine/messages/faceText";
import type { Runtime } from "../runtime";

const platforms: Readonly<Record<string, string>> = {
  PC: "Excel for Windows",
  Mac: "Excel for Mac",
  OfficeOnline: "Excel on the web",
  iOS: "Excel for iPad",
  Universal: "Excel for Windows",
};

/** One sentence saying where the task pane is running and what that means for the user. */
export function describeRuntime(runtime: Runtime): string {
  switch (runtime.kind) {
    case "excel":
      return faceText.pane.runtimeExcel(platforms[runtime.platform] ?? "Excel");
    case "office-page-outside-excel":
      return faceText.pane.runtimeOutsideExcel;
    case "preview":
      return faceText.pane.runtimePreview;
  }
}
