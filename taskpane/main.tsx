import { renderTaskPane } from "./render";
import type { Runtime } from "./runtime";
import { lazyPort } from "./workbook/lazyPort";

// The Office adapter (and the engine it builds snapshots with) loads on first use, so the pane is drawn first.
const officePort = () => lazyPort({ kind: "excel", drawsCharts: true }, async () => (await import(/* webpackChunkName: "office-workbook" */ "./office/officeWorkbook")).officeWorkbook());

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
    port: runtime.kind === "excel" ? officePort() : null,
  });
});
