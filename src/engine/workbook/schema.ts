import { z } from "zod";

// The task pane runs under a strict Content Security Policy (no eval): zod must not compile parsers.
z.config({ jitless: true });

/**
 * What a column holds, which decides how each cell is checked (with the rules of src/engine/input.ts,
 * so the checker and the calculations agree):
 * - `text`: words; `force`: a force name from the Forces table; `year`: a financial year "2008/09";
 * - `count`: a whole number, 0 or more; `positive-count`: a whole number more than 0 (population);
 * - `amount`: pounds or FTE, 0 or more; `positive-amount`: more than 0 (FTE, tax base: divided by);
 * - `percentage`: 0 to 100; `data-set`: a data set id of the catalogue; `choice`: one of `choices`;
 * - `numerator`, `denominator`: checked by the row's data set (a count, or pounds);
 * - `design-effect`: more than 0, blank means 1; `rule-value`: checked by the row's rule id;
 * - `version`: the template version.
 */
export const columnKindSchema = z.enum([
  "text",
  "force",
  "year",
  "count",
  "positive-count",
  "amount",
  "positive-amount",
  "percentage",
  "data-set",
  "choice",
  "numerator",
  "denominator",
  "design-effect",
  "rule-value",
]);
export type ColumnKind = z.infer<typeof columnKindSchema>;

export const columnSpecSchema = z.object({
  /** The header as users see it. */
  name: z.string().min(1),
  kind: columnKindSchema,
  /** A blank cell in a required column is a finding; in an optional one it is allowed. */
  required: z.boolean(),
  choices: z.array(z.string()).optional(),
  /** What goes in the column, in a sentence (shown in the template and the task pane). */
  description: z.string().min(1),
  /** The template version that added the column; a workbook of an older version may lack it. */
  since: z.string().regex(/^\d+\.\d+$/).optional(),
});
export type ColumnSpec = z.infer<typeof columnSpecSchema>;

export const tableSpecSchema = z.object({
  /** Excel table name; the sheet has the same name. */
  name: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/),
  sheet: z.string().min(1).max(31),
  description: z.string().min(1),
  columns: z.array(columnSpecSchema).min(1),
  /** Columns that together identify a row: two rows with the same values are duplicates. */
  key: z.array(z.string()),
  /** The template version that added the table; a workbook of an older version may lack it. */
  since: z.string().regex(/^\d+\.\d+$/).optional(),
});
export type TableSpec = z.infer<typeof tableSpecSchema>;

export const changeSchema = z.object({
  version: z.string().regex(/^\d+\.\d+$/),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  changes: z.array(z.string().min(1)).min(1),
});
export type TemplateChange = z.infer<typeof changeSchema>;

/** A financial year as users write it: "2008/09" (April 2008 to March 2009). */
export const financialYearSchema = z.string().regex(/^\d{4}\/\d{2}$/).refine((y) => {
  const start = Number(y.slice(0, 4));
  return (start + 1) % 100 === Number(y.slice(5, 7));
}, "The two years must follow each other, as in 2008/09");
