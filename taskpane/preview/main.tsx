import { renderTaskPane } from "../render";
import { lazyPort } from "../workbook/lazyPort";

declare global {
  interface Window {
    /** Read-only view of the preview's workbook, for the end-to-end tests. Only the preview sets it. */
    roundedAssessmentPreview?: import("./previewWorkbook").PreviewTestHook;
  }
}

const port = lazyPort({ kind: "preview", drawsCharts: false }, async () => {
  const { loadPreviewWorkbook } = await import(/* webpackChunkName: "preview-workbook" */ "./previewWorkbook");
  const start = new URLSearchParams(window.location.search).get("workbook") === "empty" ? "empty" : "sample";
  const { port: loaded, hook } = await loadPreviewWorkbook(start);
  window.roundedAssessmentPreview = hook;
  return loaded;
});

renderTaskPane({ runtime: { kind: "preview" }, officeBackground: null, port });
