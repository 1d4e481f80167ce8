import { financeColumnsOf, forcesColumnOf } from "../catalogue/dataSets";
import type { DataSet } from "../catalogue/types";
import type { ForceFigure } from "../compare/figures";
import { surveyGapOf, type SurveyGap } from "../compare/gap";
import { normaliseForceName } from "../forces/names";
import { readPositive, type InputValue } from "../input";
import { text, type AssessmentInputs, type Row } from "./inputs";
import { once, remembered } from "../remember";

/** The multiplier a data set's figure is shown with: its catalogue multiplier; survey percentages stay percentages. */
export function perOf(dataSet: DataSet): number {
  return dataSet.statistic === "survey" ? 100 : dataSet.multiplier;
}

/** A force's figures for one data set and year, with the survey's design effect where there is one. */
export interface YearFigures {
  readonly figures: readonly ForceFigure[];
  readonly designEffects: ReadonlyMap<string, InputValue>;
}

/** Rows of each input table by year and data set id, per workbook's inputs (which never change once read). */
const rowIndex = new WeakMap<readonly Row[], Map<string, Row[]>>();

/**
 * The rows of `rows` (one of the inputs' tables) for a year, and for a data set id when given, in
 * table order: indexed on first use, so that 25 data sets over several years do not each scan a
 * table of thousands of rows.
 */
function rowsFor(rows: readonly Row[], year: string, dataSetId?: string): readonly Row[] {
  const index = once(rowIndex, rows, () => {
    const made = new Map<string, Row[]>();
    for (const r of rows) {
      for (const key of new Set([`${text(r, "Year")}|`, `${text(r, "Year")}|${text(r, "Data set id")}`])) {
        const list = made.get(key);
        if (list) list.push(r);
        else made.set(key, [r]);
      }
    }
    return made;
  });
  return index.get(`${year}|${dataSetId ?? ""}`) ?? [];
}

/**
 * A Survey row's figure where the data set is a gap (comparative-satisfaction): the absolute gap
 * |Percentage - Minority ethnic percentage| in percentage points, whichever group is the more
 * satisfied, when both are numbers (template 1.1: Percentage is then white victims' satisfaction);
 * otherwise Percentage as given (the 1.0 meaning: the gap itself).
 */
export function gapOrPercentage(row: Row): InputValue {
  const white = row.get("Percentage") ?? null;
  const minority = row.get("Minority ethnic percentage") ?? null;
  return typeof white === "number" && typeof minority === "number" ? Math.abs(white - minority) : white;
}

/** A data set whose figure is a gap between two survey results (comparative-satisfaction). */
export const isSurveyGap = (dataSet: DataSet): boolean => dataSet.table === "Survey" && dataSet.statistic === "figure";

/**
 * Every force's survey gap for a gap data set and year, by normalised force name: the rows whose
 * Percentage, Sample size, Minority ethnic percentage and Minority ethnic sample size are all usable
 * (percentages 0 to 100, sizes more than 0), with the row's design effect or else `defaultDesignEffect`.
 * Rows without the minority ethnic columns are left out: their gap cannot be tested.
 */
export function surveyGapsFor(inputs: AssessmentInputs, dataSet: DataSet, year: string, defaultDesignEffect: number): ReadonlyMap<string, SurveyGap> {
  const gaps = new Map<string, SurveyGap>();
  for (const r of rowsFor(inputs.survey, year, dataSet.id)) {
    const force = text(r, "Force");
    const design = readPositive(r.get("Design effect") ?? defaultDesignEffect, { label: "Design effect" });
    const [first, second] = surveyGapColumns(r);
    const gap = surveyGapOf(force, first, second, design.ok ? design.value : defaultDesignEffect);
    const key = normaliseForceName(force);
    if (gap.ok && !gaps.has(key)) gaps.set(key, gap.value);
  }
  return gaps;
}

/**
 * The Survey rows of a gap data set in a year, as given, by normalised force name (the first row of a
 * force): Percentage, Sample size, Minority ethnic percentage, Minority ethnic sample size and Design
 * effect, each null when blank.
 */
export function surveyGapRowsFor(inputs: AssessmentInputs, dataSet: DataSet, year: string): ReadonlyMap<string, readonly InputValue[]> {
  const rows = new Map<string, readonly InputValue[]>();
  for (const r of rowsFor(inputs.survey, year, dataSet.id)) {
    const key = normaliseForceName(text(r, "Force"));
    const [first, second] = surveyGapColumns(r);
    if (!rows.has(key)) rows.set(key, [first.percentage, first.size, second.percentage, second.size, r.get("Design effect") ?? null]);
  }
  return rows;
}

/** A Survey row's two groups for a gap data set: white victims (Percentage, Sample size) and minority ethnic victims. */
export function surveyGapColumns(row: Row): readonly [{ percentage: InputValue; size: InputValue }, { percentage: InputValue; size: InputValue }] {
  return [
    { percentage: row.get("Percentage") ?? null, size: row.get("Sample size") ?? null },
    { percentage: row.get("Minority ethnic percentage") ?? null, size: row.get("Minority ethnic sample size") ?? null },
  ];
}

/**
 * Where each force's numerator and denominator for a data set and year come from: Data (offences,
 * detections, casualties, pounds; the population or households from Forces unless the row gives a
 * denominator), Finance (costs over FTE, tax base or population) or Survey (percentage and sample size).
 */
export function figuresFor(inputs: AssessmentInputs, dataSet: DataSet, year: string): YearFigures {
  return remembered(memo, inputs, `${dataSet.id}|${year}`, () => collectFigures(inputs, dataSet, year));
}

/** Figures already collected, per workbook's inputs (which never change once read). */
const memo = new WeakMap<AssessmentInputs, Map<string, YearFigures>>();

/** Forces rows by normalised force name and population year. */
const forcesIndex = new WeakMap<AssessmentInputs, Map<string, Row>>();

function forceRow(inputs: AssessmentInputs, force: string, year: string): Row | undefined {
  const index = once(forcesIndex, inputs, () => {
    const made = new Map<string, Row>();
    for (const r of inputs.forces) {
      const k = `${normaliseForceName(text(r, "Force"))}|${text(r, "Population year")}`;
      if (!made.has(k)) made.set(k, r);
    }
    return made;
  });
  return index.get(`${normaliseForceName(force)}|${year}`);
}

function collectFigures(inputs: AssessmentInputs, dataSet: DataSet, year: string): YearFigures {
  const base = (force: string): InputValue => {
    const row = forceRow(inputs, force, year);
    if (!row) return null;
    return row.get(forcesColumnOf(dataSet) ?? "Population") ?? null;
  };
  const designEffects = new Map<string, InputValue>();
  let figures: ForceFigure[];
  if (dataSet.table === "Finance") {
    const { numerator: top, denominator: bottom } = financeColumnsOf(dataSet);
    figures = rowsFor(inputs.finance, year)
      .map((r) => ({ force: text(r, "Force"), numerator: r.get(top) ?? null, denominator: bottom ? (r.get(bottom) ?? null) : base(text(r, "Force")) }));
  } else if (dataSet.table === "Survey") {
    figures = rowsFor(inputs.survey, year, dataSet.id)
      .map((r) => {
        designEffects.set(normaliseForceName(text(r, "Force")), r.get("Design effect") ?? null);
        return dataSet.denominator === null && dataSet.statistic === "figure"
          ? { force: text(r, "Force"), numerator: gapOrPercentage(r) }
          : { force: text(r, "Force"), numerator: r.get("Percentage") ?? null, denominator: r.get("Sample size") ?? null };
      });
  } else {
    const fromForces = forcesColumnOf(dataSet) !== null;
    figures = rowsFor(inputs.data, year, dataSet.id)
      .map((r) => {
        const given = r.get("Denominator") ?? null;
        const denominator = fromForces && (given === null || given === "") ? base(text(r, "Force")) : given;
        return { force: text(r, "Force"), numerator: r.get("Numerator") ?? null, denominator };
      });
  }
  return { figures, designEffects };
}
