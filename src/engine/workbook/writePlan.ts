import type { CellValue } from "./snapshot";
import { inputSheets } from "./template";

/** A rectangle of values written from a top-left cell, with optional number formats per column. */
export interface BlockWrite {
  readonly sheet: string;
  /** A1 address of the top-left cell. */
  readonly topLeft: string;
  readonly values: readonly (readonly CellValue[])[];
  /** One Excel number format per column ("#,##0", "0.0%"), or null to leave it alone. */
  readonly numberFormats?: readonly (string | null)[];
}

/** An Excel table to create: its header is written from `topLeft`, then `rows`. */
export interface TableCreate {
  readonly sheet: string;
  readonly name: string;
  readonly topLeft: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly CellValue[])[];
  readonly numberFormats?: readonly (string | null)[];
  /** Column widths in characters, one per column. */
  readonly widths?: readonly number[];
}

/** One series of a chart: its name (the legend's) and one value per category, null where there is none. */
export interface ChartSeries {
  readonly name: string;
  readonly values: readonly (number | null)[];
}

/**
 * A chart as data: what it shows (categories and series, with the numbers), its words and where it
 * goes. An adapter that can draw charts writes the source block (`sourceHeader`, then a row per
 * category: the category and each series' value) at `source` and draws the chart over it.
 */
export interface ChartSpec {
  /** A clustered bar chart: one bar per series for each category. */
  readonly kind: "bar-clustered";
  /** The chart's name on its sheet. */
  readonly name: string;
  readonly title: string;
  /** A heading written above the source block, at `labelCell`. */
  readonly label: string;
  readonly labelCell: string;
  readonly categoryAxisTitle: string;
  readonly valueAxisTitle: string;
  readonly categories: readonly string[];
  readonly series: readonly ChartSeries[];
  /** The source block's headings: the category heading, then each series' name. */
  readonly sourceHeader: readonly string[];
  /** The source block, header row included ("A4:C8"); null when there is nothing to chart: then `empty` is written under the label instead. */
  readonly source: string | null;
  readonly empty: string;
  /** The chart's top-left and bottom-right cells. */
  readonly from: string;
  readonly to: string;
}

/** A sheet of charts, written afresh each time: a note in A1, column widths (in characters, from column A) and the charts. */
export interface ChartsSheet {
  readonly sheet: string;
  readonly note: string;
  readonly widths: readonly number[];
  readonly charts: readonly ChartSpec[];
}

/**
 * What to write to a workbook, as data: sheets to create (in order), tables to create and block
 * writes. Every adapter (xlsx file, Excel through Office, in memory) applies the same plan. Charts
 * are drawn only by an adapter that can (Excel through Office); the others leave them out.
 */
export interface WritePlan {
  /** Output sheets to delete first, so that they are written afresh (never input sheets). */
  readonly replaceSheets?: readonly string[];
  readonly createSheets: readonly string[];
  /**
   * Input sheets that only `ra merge` replaces, with the rows people wrote in regional copies brought
   * together (see {@link mergeableInputSheets}). Every other plan leaves input sheets alone.
   */
  readonly mergedInputSheets?: readonly string[];
  readonly tables: readonly TableCreate[];
  readonly writes: readonly BlockWrite[];
  /** A sheet of native charts, for an adapter that can draw them (never an input sheet). */
  readonly charts?: ChartsSheet;
}

/** A plan that writes nothing. */
export const emptyPlan: WritePlan = { createSheets: [], tables: [], writes: [] };

/** The input sheets that hold people's work rather than figures: a merge of regional copies may replace them. */
export const mergeableInputSheets: readonly string[] = ["Evidence", "Actions"];

/**
 * The input sheets a plan would write or create, other than those a merge declares it replaces
 * ({@link WritePlan.mergedInputSheets}, Evidence and Actions only). For an existing workbook this must be empty: input
 * sheets are read, never written (only the template and the sample create them, in a new workbook).
 */
export function inputSheetsTouched(plan: WritePlan): readonly string[] {
  const touched = [...(plan.replaceSheets ?? []), ...plan.createSheets, ...plan.tables.map((t) => t.sheet), ...plan.writes.map((w) => w.sheet), ...(plan.charts ? [plan.charts.sheet] : [])];
  const merged = (plan.mergedInputSheets ?? []).filter((s) => mergeableInputSheets.includes(s));
  return [...new Set(touched.filter((s) => inputSheets.includes(s) && !merged.includes(s)))];
}

/** Throws when a plan meant for an existing workbook would write an input sheet (a bug, never a data problem). */
export function assertOutputOnly(plan: WritePlan): WritePlan {
  const touched = inputSheetsTouched(plan);
  if (touched.length > 0) throw new Error(`A plan for an existing workbook must not write input sheets: ${touched.join(", ")}`);
  return plan;
}
