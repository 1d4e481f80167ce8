import { domains } from "../catalogue/domains";
import { a1 } from "../workbook/snapshot";
import type { ChartSpec, ChartsSheet } from "../workbook/writePlan";
import { roundFigure } from "./round";
import type { ForceAssessment } from "./types";
import { chartText } from "../messages/chartText";

/** The sheet the charts of an assessed force go on: written afresh each time an assessment is drawn in Excel. */
export const CHARTS_SHEET = "Charts";

/** The value axis title when a domain's data sets are in different units. */
export const MIXED_UNITS_TITLE = chartText.mixedUnits;

/** Written under a domain's name when it has no figure to chart. */
export const NO_FIGURES = chartText.noFigures;

/** The header of each source block; its second and third headings are the chart's series names. */
export const SOURCE_HEADER = chartText.sourceHeader;

/** One domain's chart before it is placed: a row per data set (its name, the force's figure, the similar forces' average). */
export interface ForceChart {
  readonly domain: string;
  readonly title: string;
  /** The unit the domain's data sets share, or {@link MIXED_UNITS_TITLE}. */
  readonly valueAxisTitle: string;
  readonly rows: readonly (readonly [dataSet: string, force: number | null, similarForces: number | null])[];
}

const FIRST_BLOCK_ROW = 3;
/** Rows a chart covers (about 300 points at Excel's default row height). */
const CHART_ROWS = 18;
/** The chart sits from column E to column L, right of its source block. */
const CHART_LEFT = 5;
const CHART_RIGHT = 12;
/** Column widths of the source block in characters. */
const SOURCE_WIDTHS = [40, 14, 14] as const;


/**
 * The charts of one assessed force, from the assessment's numbers: one per graded domain, in the
 * catalogue's order, a row for each data set of the domain with a figure or a similar forces'
 * average (the force's figure and the average, rounded to 4 decimals as on the Profile sheet; null
 * when only one is known). Data sets with neither are left out, so a domain with no figures has no
 * rows. Value for Money is a profile, not graded: it gets no chart. The value axis is titled with the
 * unit when every charted data set of the domain has the same one, else {@link MIXED_UNITS_TITLE}.
 */
export function forceCharts(assessment: ForceAssessment): ForceChart[] {
  return domains
    .filter((d) => d.graded)
    .map((d): ForceChart => {
      const found = assessment.domains.find((x) => x.domain.id === d.id);
      const charted = (found?.dataSets ?? []).filter((s) => roundFigure(s.figure?.estimate) !== null || roundFigure(s.msgAverage) !== null);
      const units = [...new Set(charted.map((s) => s.dataSet.unit.trim()))];
      const unit = units.length === 1 && units[0] !== "" ? (units[0] as string) : MIXED_UNITS_TITLE;
      return {
        domain: d.name,
        title: chartText.title(assessment.force, d.name),
        valueAxisTitle: unit,
        rows: charted.map((s) => [s.dataSet.name, roundFigure(s.figure?.estimate), roundFigure(s.msgAverage)] as const),
      };
    });
}

/**
 * Lays charts out on the Charts sheet: a note in A1, then for each chart, from row 3, the domain's
 * name, its source block (Data set | Force | Similar forces) in columns A to C, and the chart beside it
 * in columns E to L, each block at least {@link CHART_ROWS} + 2 rows below the last. A domain with no
 * figures takes three rows: its name, {@link NO_FIGURES} and a blank one.
 */
export function layOutCharts(charts: readonly ForceChart[], force: string): ChartsSheet {
  const note = chartText.note(force);
  let row = FIRST_BLOCK_ROW;
  const placed = charts.map((c): ChartSpec => {
    const top = row;
    const header = top + 1;
    const chartable = c.rows.length > 0;
    row = top + (chartable ? Math.max(c.rows.length + 3, CHART_ROWS + 2) : 3);
    return {
      kind: "bar-clustered",
      name: c.domain,
      title: c.title,
      label: c.domain,
      labelCell: a1(top, 1),
      categoryAxisTitle: SOURCE_HEADER[0],
      valueAxisTitle: c.valueAxisTitle,
      categories: c.rows.map((r) => r[0]),
      series: [
        { name: SOURCE_HEADER[1], values: c.rows.map((r) => r[1]) },
        { name: SOURCE_HEADER[2], values: c.rows.map((r) => r[2]) },
      ],
      sourceHeader: [...SOURCE_HEADER],
      source: chartable ? `${a1(header, 1)}:${a1(header + c.rows.length, SOURCE_HEADER.length)}` : null,
      empty: NO_FIGURES,
      from: a1(top, CHART_LEFT),
      to: a1(top + CHART_ROWS - 1, CHART_RIGHT),
    };
  });
  return { sheet: CHARTS_SHEET, note, widths: [...SOURCE_WIDTHS], charts: placed };
}

/** The Charts sheet of one assessed force: its charts ({@link forceCharts}) laid out ({@link layOutCharts}). */
export function chartsSheetOf(assessment: ForceAssessment): ChartsSheet {
  return layOutCharts(forceCharts(assessment), assessment.force);
}
