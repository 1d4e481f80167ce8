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
      return `Running in ${platforms[runtime.platform] ?? "Excel"}.`;
    case "office-page-outside-excel":
      return "Running in a web browser, outside Excel. Open the add-in from Excel to work with a workbook.";
    case "preview":
      return "This is the preview: the task pane outside Excel, for trying it out. It cannot read or change a workbook.";
  }
}
