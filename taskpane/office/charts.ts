/**
 * Native Excel charts of an assessed force against its similar forces, on the add-in's "Charts" output
 * sheet. Office only: ExcelJS, the .xlsx library of `ra assess` and the preview, cannot make charts, so
 * a workbook written through the .xlsx path has no Charts sheet (and one written before is left as it
 * was). The charts are queued in the same Excel.run as the assessment's write plan, before its final
 * sync, so writing an assessment with its charts still takes two syncs.
 */
import { domains } from "../../src/engine/catalogue/domains";
import { normaliseWords, sameForce } from "../../src/engine/forces/names";
import { a1, cellOf, inputSheets, parseAddress, type CellValue, type TableCreate, type TableSnapshot, type WritePlan } from "../../src/engine/workbook";
import type { WorkbookPort } from "../workbook/WorkbookPort";
import type { FollowingWork } from "./applyPlan";
import { toExcelValue } from "./cellValues";

/** The output sheet the charts go on: created, or replaced, each time an assessment is written in Excel. */
export const CHARTS_SHEET = "Charts";

/** The value axis title when a domain's data sets are in different units. */
export const MIXED_UNITS_TITLE = "figure (see Profile for units)";

/** One row of a chart's source block: the data set, the force's figure and the similar forces' average. */
export type ChartRow = readonly [dataSet: string, force: number | null, similarForces: number | null];

/** One clustered bar chart: a graded domain of the force, from its Profile rows. */
export interface ForceChart {
  readonly domain: string;
  readonly title: string;
  /** The unit the domain's data sets share, or {@link MIXED_UNITS_TITLE}. */
  readonly valueAxisTitle: string;
  readonly rows: readonly ChartRow[];
}

/** Where a chart and its source block go on the Charts sheet. */
export interface PlacedChart extends ForceChart {
  /** The domain's name above its block, e.g. "A3". */
  readonly labelCell: string;
  /** The source block, header row included: "A4:C8"; null when the domain has no figures (no chart, a note instead). */
  readonly source: string | null;
  /** The chart's top-left and bottom-right cells. */
  readonly from: string;
  readonly to: string;
}

/** Written under a domain's name when it has no figure to chart. */
export const NO_FIGURES = "No figures to chart for this domain: see the Profile sheet.";

/** The Charts sheet as laid out: its note, the source blocks and the charts over them. */
export interface ChartsSheet {
  readonly note: string;
  readonly charts: readonly PlacedChart[];
  /** The cells written (for the request's cell budget). */
  readonly cells: number;
}

/** The header of each source block; its second and third headings are the chart's series names. */
export const SOURCE_HEADER = ["Data set", "Force", "Similar forces"] as const;

const FIRST_BLOCK_ROW = 3;
/** Rows a chart covers (about 300 points at Excel's default row height). */
const CHART_ROWS = 18;
/** The chart sits from column E to column L, right of its source block. */
const CHART_LEFT = 5;
const CHART_RIGHT = 12;
/** Column widths of the source block in characters. */
const SOURCE_WIDTHS = [40, 14, 14] as const;
/** Points per character of column width (Calibri 11), as the write plan's widths. */
const POINTS_PER_CHARACTER = 7;

const text = (v: CellValue | undefined): string => (v === null || v === undefined || typeof v === "object" ? "" : String(v).trim());
const number = (v: CellValue | undefined): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);

/** The Profile table of a write plan as a snapshot table, so its cells are found by column name. */
function profileOf(plan: WritePlan): TableSnapshot | undefined {
  const table: TableCreate | undefined = plan.tables.find((t) => t.name === "Profile");
  if (!table) return undefined;
  return { sheet: table.sheet, table: table.name, isExcelTable: true, headerRow: 1, firstColumn: 1, columns: table.columns, rows: table.rows };
}

/**
 * The charts of one force, from the Profile rows of the write plan that writes its assessment: one per
 * graded domain, in the catalogue's order, each data set of the domain with a figure or an MSG average
 * a row (the force's figure and the similar forces' average; blank when only one of them is known).
 * Data sets with neither are left out, so a domain with no figures at all has no rows (and gets no
 * chart). Value for Money is a profile, not graded: it gets no chart. The value axis is titled with
 * the unit when every charted data set of the domain has the same one, else {@link MIXED_UNITS_TITLE}.
 */
export function forceCharts(plan: WritePlan, force: string): ForceChart[] {
  const profile = profileOf(plan);
  if (!profile) return [];
  const mine = profile.rows.filter((r) => sameForce(text(cellOf(profile, r, "Force")), force));
  const name = mine.length > 0 ? text(cellOf(profile, mine[0] ?? [], "Force")) : force;
  return domains
    .filter((d) => d.graded)
    .map((d): ForceChart => {
      const rows = mine.filter((r) => {
        const charted = number(cellOf(profile, r, "Figure")) !== null || number(cellOf(profile, r, "MSG average")) !== null;
        return charted && normaliseWords(text(cellOf(profile, r, "Domain"))) === normaliseWords(d.name);
      });
      const chartRows: ChartRow[] = rows.map((r) => [text(cellOf(profile, r, "Data set")), number(cellOf(profile, r, "Figure")), number(cellOf(profile, r, "MSG average"))]);
      const units = [...new Set(rows.map((r) => text(cellOf(profile, r, "Unit"))))];
      const unit = units.length === 1 && units[0] !== "" ? (units[0] as string) : MIXED_UNITS_TITLE;
      return { domain: d.name, title: `${name}: ${d.name} against similar forces`, valueAxisTitle: unit, rows: chartRows };
    });
}

/**
 * Lays the charts out on the Charts sheet: a note in A1, then for each chart, from row 3, the domain's
 * name, its source block (Data set | Force | Similar forces) in columns A to C, and the chart beside it
 * in columns E to L, each block at least {@link CHART_ROWS} + 2 rows below the last. A domain with no
 * figures takes two rows: its name and {@link NO_FIGURES}.
 */
export function layOutCharts(charts: readonly ForceChart[], force: string): ChartsSheet {
  const note = `${force} against similar forces (the Most Similar Group average), from the Profile sheet. The add-in writes this sheet afresh each time it writes an assessment in Excel.`;
  let row = FIRST_BLOCK_ROW;
  let cells = 1;
  const placed = charts.map((c): PlacedChart => {
    const top = row;
    const header = top + 1;
    const bottom = header + c.rows.length;
    const chartable = c.rows.length > 0;
    row = top + (chartable ? Math.max(c.rows.length + 3, CHART_ROWS + 2) : 3);
    cells += chartable ? 1 + SOURCE_HEADER.length * (c.rows.length + 1) : 2;
    return { ...c, labelCell: a1(top, 1), source: chartable ? `${a1(header, 1)}:${a1(bottom, SOURCE_HEADER.length)}` : null, from: a1(top, CHART_LEFT), to: a1(top + CHART_ROWS - 1, CHART_RIGHT) };
  });
  return { note, charts: placed, cells };
}

/**
 * The work that writes the Charts sheet for `force` from `plan` (its assessment's write plan), queued
 * after the plan's own by the Office adapter's applyPlanIn: the Charts sheet, when it exists, cleared
 * and its charts deleted (the sheet itself is kept, never deleted; it is never an input sheet), or added, the note and each source block written (text that Excel would
 * take for a formula with a leading apostrophe), and a clustered bar chart added over each block with
 * its title ("Kent: Local Crime and Policing against similar forces"), axis titles and legend. Nothing
 * is read, so nothing is synced here: the caller's final sync sends it. A domain with no figures gets
 * a line saying so instead of an empty chart; the sheet is replaced even then, so it never shows
 * another force's charts.
 */
export function chartsWork(plan: WritePlan, force: string): FollowingWork {
  if (inputSheets.includes(CHARTS_SHEET)) throw new Error(`${CHARTS_SHEET} is an input sheet: the add-in must not write it`);
  const sheet = layOutCharts(forceCharts(plan, force), force);
  return {
    cells: sheet.cells,
    queue: (context, existingSheets, chartsOn) => {
      let ws: Excel.Worksheet;
      if (existingSheets.has(CHARTS_SHEET)) {
        ws = context.workbook.worksheets.getItem(CHARTS_SHEET);
        for (const name of chartsOn.get(CHARTS_SHEET) ?? []) ws.charts.getItem(name).delete();
        ws.getRange().clear();
      } else ws = context.workbook.worksheets.add(CHARTS_SHEET);
      ws.getRange("A1").values = [[toExcelValue(sheet.note)]];
      SOURCE_WIDTHS.forEach((w, c) => {
        const letters = a1(1, c + 1).replace(/\d+$/, "");
        ws.getRange(`${letters}:${letters}`).format.columnWidth = w * POINTS_PER_CHARACTER;
      });
      for (const c of sheet.charts) {
        ws.getRange(c.labelCell).values = [[toExcelValue(c.domain)]];
        if (c.source === null) {
          ws.getRange(a1(parseAddress(c.labelCell).row + 1, 1)).values = [[NO_FIGURES]];
          continue;
        }
        const source = ws.getRange(c.source);
        source.values = [[...SOURCE_HEADER], ...c.rows.map(([dataSet, figure, average]) => [toExcelValue(dataSet), toExcelValue(figure), toExcelValue(average)])];
        const chart = ws.charts.add("BarClustered", source, "Columns");
        chart.name = c.domain;
        chart.title.text = c.title;
        chart.axes.valueAxis.title.text = c.valueAxisTitle;
        chart.axes.categoryAxis.title.text = SOURCE_HEADER[0];
        chart.legend.visible = true;
        chart.legend.position = "Bottom";
        chart.setPosition(c.from, c.to);
      }
    },
  };
}

/** A workbook that can write an assessment together with its native charts (Excel through office.js). */
export interface WritesAssessmentCharts {
  /** Applies the assessment's write plan and, in the same Excel.run and sync, the Charts sheet of `force`. */
  writeAssessment(plan: WritePlan, force: string): Promise<void>;
}

/** True for a port that writes charts with an assessment (the Office adapter; not the preview's). */
export function writesAssessmentCharts(port: WorkbookPort): port is WorkbookPort & WritesAssessmentCharts {
  return typeof (port as Partial<WritesAssessmentCharts>).writeAssessment === "function";
}
