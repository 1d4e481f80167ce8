/**
 * Native Excel charts drawn from a write plan's chart specs (`plan.charts`, built by the engine from
 * the assessment's numbers): the add-in's Charts output sheet. Office only: ExcelJS, the .xlsx library
 * of `ra assess` and the preview, cannot make charts, so a workbook written through the .xlsx path has
 * no Charts sheet (and one written before is left as it was). The charts are queued in the same
 * Excel.run as the plan's own writes, before its final sync, so writing an assessment with its charts
 * still takes two syncs.
 */
import { a1, inputSheets, parseAddress, type ChartsSheet } from "../../src/engine/workbook";
import type { FollowingWork } from "./applyPlan";
import { toExcelValue } from "./cellValues";

/** Points per character of column width (Calibri 11), as the write plan's widths. */
const POINTS_PER_CHARACTER = 7;

/** office.js's chart type for each kind of chart spec. */
const chartTypes = { "bar-clustered": "BarClustered" } as const;

/** The cells a charts sheet writes (for the request's cell budget): the note, and each chart's label and source block or empty note. */
function cellsOf(sheet: ChartsSheet): number {
  return 1 + sheet.charts.reduce((n, c) => n + 1 + (c.source === null ? 1 : c.sourceHeader.length * (c.categories.length + 1)), 0);
}

/**
 * The work that draws a charts sheet, queued after a plan's own by applyPlanIn: the sheet, when it
 * exists, cleared and its charts deleted (the sheet itself is kept, never deleted; it is never an
 * input sheet), or added; the note and column widths; for each chart, its label, its source block
 * (the spec's categories and series values; text that Excel would take for a formula gets a leading
 * apostrophe) and the chart over the block with its title, axis titles and legend, placed as the spec
 * says. A chart with nothing to show gets the spec's `empty` line instead. Nothing is read, so nothing
 * is synced here: the caller's final sync sends it.
 */
export function chartsWork(sheet: ChartsSheet): FollowingWork {
  if (inputSheets.includes(sheet.sheet)) throw new Error(`${sheet.sheet} is an input sheet: the add-in must not write it`);
  return {
    cells: cellsOf(sheet),
    queue: (context, existingSheets, chartsOn) => {
      let ws: Excel.Worksheet;
      if (existingSheets.has(sheet.sheet)) {
        ws = context.workbook.worksheets.getItem(sheet.sheet);
        for (const name of chartsOn.get(sheet.sheet) ?? []) ws.charts.getItem(name).delete();
        ws.getRange().clear();
      } else ws = context.workbook.worksheets.add(sheet.sheet);
      ws.getRange("A1").values = [[toExcelValue(sheet.note)]];
      sheet.widths.forEach((w, c) => {
        const letters = a1(1, c + 1).replace(/\d+$/, "");
        ws.getRange(`${letters}:${letters}`).format.columnWidth = w * POINTS_PER_CHARACTER;
      });
      for (const c of sheet.charts) {
        ws.getRange(c.labelCell).values = [[toExcelValue(c.label)]];
        if (c.source === null) {
          ws.getRange(a1(parseAddress(c.labelCell).row + 1, 1)).values = [[toExcelValue(c.empty)]];
          continue;
        }
        const source = ws.getRange(c.source);
        source.values = [c.sourceHeader.map(toExcelValue), ...c.categories.map((category, i) => [toExcelValue(category), ...c.series.map((s) => toExcelValue(s.values[i] ?? null))])];
        const chart = ws.charts.add(chartTypes[c.kind], source, "Columns");
        chart.name = c.name;
        chart.title.text = c.title;
        chart.axes.valueAxis.title.text = c.valueAxisTitle;
        chart.axes.categoryAxis.title.text = c.categoryAxisTitle;
        chart.legend.visible = true;
        chart.legend.position = "Bottom";
        chart.setPosition(c.from, c.to);
      }
    },
  };
}
