import type { WorkbookPort } from "./WorkbookPort";

/** A port whose workbook is loaded on first use (the preview's ExcelJS workbook), so the pane renders at once. */
export function lazyPort(what: Pick<WorkbookPort, "kind" | "drawsCharts">, load: () => Promise<WorkbookPort>): WorkbookPort {
  let loading: Promise<WorkbookPort> | null = null;
  const port = () => (loading ??= load());
  return {
    kind: what.kind,
    drawsCharts: what.drawsCharts,
    readSnapshot: async () => (await port()).readSnapshot(),
    applyPlan: async (plan) => (await port()).applyPlan(plan),
    showCell: async (sheet, cell) => (await port()).showCell(sheet, cell),
    readSelection: async (references) => (await port()).readSelection(references),
    readRanges: async (references) => (await port()).readRanges(references),
    insertSample: async () => (await port()).insertSample(),
  };
}
