import type { ColumnSpec } from "./schema";
import type { CellValue } from "./snapshot";
import { aboutItems, gradeDefinitions, ruleDefaults, scaleDefaults, template, TEMPLATE_VERSION } from "./template";
import type { TableCreate, WritePlan } from "./writePlan";

/** The About values a new workbook records. */
export interface AboutValues {
  readonly assessmentYear: string;
  readonly preparedBy: string;
  readonly dataSources: string;
  readonly illustrative: boolean;
  /** Who the public write to with comments and complaints; blank when not given. */
  readonly comments?: string;
  /** When the report is published, as 2009-06-30; blank: the day `ra publish` runs. */
  readonly publicationDate?: string;
}

/** Rows for some template tables, by table name; tables left out are written with their defaults or empty. */
export type TableRows = Readonly<Record<string, readonly (readonly CellValue[])[]>>;

/** The Excel number format for a kind of column: text for years (so 2008/09 is not read as a date). */
export function numberFormatFor(column: ColumnSpec): string | null {
  switch (column.kind) {
    case "year":
    case "force":
    case "text":
    case "choice":
    case "data-set":
      return "@";
    case "count":
    case "positive-count":
      return "#,##0";
    case "amount":
    case "positive-amount":
      return "#,##0.00";
    case "percentage":
      return "0.0";
    default:
      return null;
  }
}

/** The About rows for these values (the template version is always this engine's). */
export function aboutRows(about: AboutValues): CellValue[][] {
  return [
    [aboutItems.version, TEMPLATE_VERSION],
    [aboutItems.assessmentYear, about.assessmentYear],
    [aboutItems.preparedBy, about.preparedBy],
    [aboutItems.dataSources, about.dataSources],
    [aboutItems.illustrative, about.illustrative ? "Yes" : "No"],
    [aboutItems.comments, about.comments ?? null],
    [aboutItems.publicationDate, about.publicationDate ?? null],
  ];
}

/** The default Rules rows (rule id, description, value). */
export function defaultRuleRows(): CellValue[][] {
  return ruleDefaults.map((r) => [r.id, r.description, r.value]);
}

/** The default Scale rows (grade, order, definition). */
export function defaultScaleRows(): CellValue[][] {
  return scaleDefaults.map((g, i) => [g, i + 1, gradeDefinitions[g]]);
}

/**
 * The plan that writes a new workbook in the template's layout: one sheet and one Excel table per
 * template table, header in A1. Rules and Scale get their defaults unless rows are given; a table with
 * no rows gets one blank row (Excel tables need a body; the checker skips blank rows).
 */
export function newWorkbookPlan(about: AboutValues, rows: TableRows = {}): WritePlan {
  const tables: TableCreate[] = template.map((spec) => {
    const given =
      spec.name === "About" ? aboutRows(about) : (rows[spec.name] ?? (spec.name === "Rules" ? defaultRuleRows() : spec.name === "Scale" ? defaultScaleRows() : []));
    const body = given.length > 0 ? given : [spec.columns.map(() => null)];
    return {
      sheet: spec.sheet,
      name: spec.name,
      topLeft: "A1",
      columns: spec.columns.map((c) => c.name),
      rows: body,
      numberFormats: spec.columns.map(numberFormatFor),
      widths: spec.columns.map((c) => Math.min(60, Math.max(12, c.name.length + 4, ...(spec.name === "Rules" && c.name === "Description" ? [60] : [])))),
    };
  });
  return { createSheets: template.map((t) => t.sheet), tables, writes: [] };
}

/** The plan for an empty template for an assessment year (2008/09 unless given). */
export function emptyTemplatePlan(assessmentYear = "2008/09"): WritePlan {
  return newWorkbookPlan({ assessmentYear, preparedBy: "", dataSources: "", illustrative: false });
}
