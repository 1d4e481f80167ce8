import { officeWorkbook } from "./office/officeWorkbook";
import { renderTaskPane } from "./render";
import type { Runtime } from "./runtime";

function officeBackground(): string | null {
  try {
    return Office.context?.officeTheme?.bodyBackgroundColor ?? null;
  } catch {
    return null;
  }
}

void Office.onReady((info) => {
  const runtime: Runtime =
    info.host === Office.HostType.Excel
      ? { kind: "excel", platform: String(info.platform) }
      : { kind: "office-page-outside-excel" };
  renderTaskPane({
    runtime,
    officeBackground: runtime.kind === "excel" ? officeBackground() : null,
    port: runtime.kind === "excel" ? officeWorkbook() : null,
  });
});
