/**
 * The issue codes: the one table of every finding the engine can give, with how serious it is, the
 * Excel error a custom function returns for it, and the facts its message is written from. The message
 * catalogue (en-GB.ts) and the functions' Excel errors follow from this table; a new code needs an entry
 * here first, and the compiler then asks for its text.
 */

/** How serious a finding is: an error stops a calculation, a warning and info do not. */
export type Severity = "error" | "warning" | "info";

/** The Excel errors a custom function returns. */
export type ExcelError = "#VALUE!" | "#N/A" | "#DIV/0!" | "#NUM!";

/** A fact in a message: text, or a number the message writes out. */
type Value = string | number;

type NoParams = Record<never, never>;

/**
 * The facts each code's message reads, by code. `label` names the cell or argument ("Offences for
 * Kent"); `expected` says what should be there ("a number"). Optional facts have a fallback in the text.
 */
export interface IssueParamsByCode {
  "blank-value": { expected?: string; label?: string };
  "not-a-number": { value: Value; expected?: string; label?: string };
  "negative-count": { value: Value; label?: string };
  "fractional-count": { value: Value; label?: string };
  "negative-value": { value: Value; label?: string };
  "zero-denominator": { measure?: Value; expected?: string; label?: string };
  "out-of-range": { value: Value; range: Value; label?: string };
  "detections-exceed-offences": { detections: Value; offences: Value };
  "empty-group": { force?: string };
  "force-not-in-group": { force: string; suggestion?: string };
  "force-not-found": { force: string; where?: string; suggestion?: string };
  "no-data": { what?: Value; force?: string };
  "duplicate-force": { force: string; where?: string };
  "fewer-than-three-years": { count?: number };
  "lengths-differ": { first: Value; firstLength: number; second: Value; secondLength: number };
  "not-enough-forces": { available: number; requested: number };
  "constant-variable": { label?: string };
  "unknown-data-set": { value: Value };
  "unknown-option": { value: Value; choices: string; label?: string };
  "result-too-large": { measure?: Value; reason?: Value };
  "not-a-grading-rule": { value: Value; choices: string };
  "no-lowest-grade": NoParams;
  "not-graded": { value: Value; label?: string };
  "nothing-to-grade": NoParams;
  "not-a-list": { rows: number; columns: number; label?: string };
  "two-groups-needed": { rows: number; columns: number; shape?: string; label?: string };
  "override-without-reason": { force: string; domain: string; final: Value; recommended: Value };
  "final-with-open-comment": { force: string; domain: string; count?: number };
  "unknown-status": { value: Value; force: string; domain: string };
  "merged-cells": { range: Value; sheet: string };
  "sheet-hidden": { sheet: string; state: Value };
  "cell-outside-table": { cell: Value; sheet: string };
  "peer-not-a-force": { force: string; value: Value; looksLike: Value };
  "year-needed": { force: string; years: Value; latest: Value };
  "zero-count": { label?: string };
  "level-looks-like-alpha": { value: Value; percent: Value; suggestion: Value; suggestionPercent: Value };
  "percentage-as-fraction": { value: Value; suggestion: Value; label?: string };
  "order-is-boolean": { value: Value };
  "error-value": { value: Value; label?: string };
  "missing-sheet": { sheet: string };
  "missing-table": { sheet: string; table: string; columns: string };
  "missing-column": { table: string; column: Value };
  "sheet-renamed": { sheet: string; table: string; found: Value };
  "table-renamed": { sheet: string; found: Value; table: string };
  "template-version-missing": { expected: string };
  "template-version-old": { found: Value; expected: string; changes: Value };
  "template-version-readable": { found: Value; expected: string; changes: Value };
  "template-version-newer": { found: Value; expected: string };
  "bad-year": { value: Value; label?: string };
  "blank-text": { expected?: string; label?: string };
  "data-set-wrong-table": { value: Value; rightTable: Value; table: string };
  "duplicate-row": { firstRow: number; key: Value };
  "peer-is-force": { force: string };
  "missing-year": { dataSet: Value; force: string; year: Value; table: string };
  "population-jump": { force: string; from: Value; fromYear: Value; to: Value; toYear: Value; change: Value };
  "small-sample": { force?: string; year?: Value; dataSet?: Value; value: Value };
  "no-action-recorded": { force: string; domain: string; reason: Value };
  "caa-flag-wales": { force: string; kind: Value };
  "unknown-rule": { value: Value; choices: string };
  "unknown-grade": { value: Value; suggestion?: string; choices: string; label?: string };
  "formula-without-result": { sheet: string; cell: Value; formula: Value; label?: string };
  "percent-as-fraction": { value: Value; reason: Value; suggestion: Value; label?: string };
  "year-without-data": { year: Value; tables: Value; years: Value };
  "text-cut": { length: Value; limit: Value; left: Value };
  "text-split": { column: Value; what: Value; length: Value; limit: Value; parts: Value; sheet: string };
  "output-exists": { file: string };
  "output-is-input": { file: string };
  "output-not-writable": { file: string; reason: Value; advice?: Value };
  "bad-option-year": { value: Value };
  "merge-conflict": { sheet: string; key: Value; column: Value; value1: Value; file1: string; cell1: string; value2: Value; file2: string; cell2: string };
  "merge-conflict-settled": { sheet: string; key: Value; column: Value; file1: string; cell1: string; value1: Value; file2: string; cell2: string; value2: Value; winner: Value };
  "merge-template-version": { file: string; version: Value; national: Value };
  "merge-figures-differ": { file: string; count?: number; sheet: string; cell: Value };
  "merge-force-in-two-copies": { force: string; files: Value };
  "merge-not-a-copy": { file: string; count?: number; first: Value };
  "status-not-final": { force: string; domain: string; status: Value };
  "assessment-blocked": { count: number };
  "publishing-blocked": { count: number };
  "report-not-final-open-comments": { count: number; rows: string };
  "letter-placeholder": { force: string; what: Value; how: Value };
  "letter-not-assessed": { force: string };
  "file-not-found": { file: string };
  "file-empty": { file: string };
  "file-not-a-workbook": { file: string };
  "file-corrupt": { file: string };
  "file-password-protected": { file: string };
  "file-old-excel-format": { file: string };
}

/** What the table says about a code: the severity it is given where nothing in the context changes it, and its Excel error. */
export interface CodeInfo {
  readonly severity: Severity;
  readonly excel: ExcelError;
}

/**
 * Every code, in the catalogue's order. The severity is the one the engine gives it unless the context
 * changes it (a bad figure the checker leaves out is a warning; an unknown grade or an override without a
 * reason is an error only on an Assessment row marked Final). Codes the custom functions cannot meet (the workbook checker's, the command's)
 * give #VALUE!.
 */
export const issueCodes = {
  "blank-value": { severity: "error", excel: "#N/A" },
  "not-a-number": { severity: "error", excel: "#VALUE!" },
  "negative-count": { severity: "error", excel: "#NUM!" },
  "fractional-count": { severity: "error", excel: "#NUM!" },
  "negative-value": { severity: "error", excel: "#NUM!" },
  "zero-denominator": { severity: "error", excel: "#DIV/0!" },
  "out-of-range": { severity: "error", excel: "#NUM!" },
  "detections-exceed-offences": { severity: "warning", excel: "#VALUE!" },
  "empty-group": { severity: "error", excel: "#N/A" },
  "force-not-in-group": { severity: "error", excel: "#N/A" },
  "force-not-found": { severity: "error", excel: "#N/A" },
  "no-data": { severity: "error", excel: "#N/A" },
  "duplicate-force": { severity: "error", excel: "#VALUE!" },
  "fewer-than-three-years": { severity: "error", excel: "#N/A" },
  "lengths-differ": { severity: "error", excel: "#VALUE!" },
  "not-enough-forces": { severity: "error", excel: "#NUM!" },
  "constant-variable": { severity: "warning", excel: "#VALUE!" },
  "unknown-data-set": { severity: "error", excel: "#VALUE!" },
  "unknown-option": { severity: "error", excel: "#VALUE!" },
  "result-too-large": { severity: "error", excel: "#NUM!" },
  "not-a-grading-rule": { severity: "error", excel: "#VALUE!" },
  "no-lowest-grade": { severity: "error", excel: "#NUM!" },
  "not-graded": { severity: "error", excel: "#VALUE!" },
  "nothing-to-grade": { severity: "error", excel: "#N/A" },
  "not-a-list": { severity: "error", excel: "#VALUE!" },
  "two-groups-needed": { severity: "error", excel: "#VALUE!" },
  "override-without-reason": { severity: "error", excel: "#VALUE!" },
  "final-with-open-comment": { severity: "warning", excel: "#VALUE!" },
  "unknown-status": { severity: "warning", excel: "#VALUE!" },
  "merged-cells": { severity: "error", excel: "#VALUE!" },
  "sheet-hidden": { severity: "warning", excel: "#VALUE!" },
  "cell-outside-table": { severity: "warning", excel: "#VALUE!" },
  "peer-not-a-force": { severity: "error", excel: "#VALUE!" },
  "year-needed": { severity: "error", excel: "#VALUE!" },
  "zero-count": { severity: "error", excel: "#NUM!" },
  "level-looks-like-alpha": { severity: "error", excel: "#NUM!" },
  "percentage-as-fraction": { severity: "error", excel: "#NUM!" },
  "order-is-boolean": { severity: "error", excel: "#VALUE!" },
  "error-value": { severity: "error", excel: "#VALUE!" },
  "missing-sheet": { severity: "error", excel: "#VALUE!" },
  "missing-table": { severity: "error", excel: "#VALUE!" },
  "missing-column": { severity: "error", excel: "#VALUE!" },
  "sheet-renamed": { severity: "warning", excel: "#VALUE!" },
  "table-renamed": { severity: "warning", excel: "#VALUE!" },
  "template-version-missing": { severity: "error", excel: "#VALUE!" },
  "template-version-old": { severity: "error", excel: "#VALUE!" },
  "template-version-readable": { severity: "warning", excel: "#VALUE!" },
  "template-version-newer": { severity: "error", excel: "#VALUE!" },
  "bad-year": { severity: "error", excel: "#VALUE!" },
  "blank-text": { severity: "error", excel: "#VALUE!" },
  "data-set-wrong-table": { severity: "error", excel: "#VALUE!" },
  "duplicate-row": { severity: "error", excel: "#VALUE!" },
  "peer-is-force": { severity: "error", excel: "#VALUE!" },
  "missing-year": { severity: "warning", excel: "#VALUE!" },
  "population-jump": { severity: "warning", excel: "#VALUE!" },
  "small-sample": { severity: "warning", excel: "#VALUE!" },
  "no-action-recorded": { severity: "warning", excel: "#VALUE!" },
  "caa-flag-wales": { severity: "warning", excel: "#VALUE!" },
  "unknown-rule": { severity: "info", excel: "#VALUE!" },
  "unknown-grade": { severity: "error", excel: "#VALUE!" },
  "formula-without-result": { severity: "error", excel: "#VALUE!" },
  "percent-as-fraction": { severity: "warning", excel: "#VALUE!" },
  "year-without-data": { severity: "error", excel: "#VALUE!" },
  "text-cut": { severity: "warning", excel: "#VALUE!" },
  "text-split": { severity: "warning", excel: "#VALUE!" },
  "output-exists": { severity: "error", excel: "#VALUE!" },
  "output-is-input": { severity: "error", excel: "#VALUE!" },
  "output-not-writable": { severity: "error", excel: "#VALUE!" },
  "bad-option-year": { severity: "error", excel: "#VALUE!" },
  "merge-conflict": { severity: "error", excel: "#VALUE!" },
  "merge-conflict-settled": { severity: "warning", excel: "#VALUE!" },
  "merge-template-version": { severity: "warning", excel: "#VALUE!" },
  "merge-figures-differ": { severity: "warning", excel: "#VALUE!" },
  "merge-force-in-two-copies": { severity: "info", excel: "#VALUE!" },
  "merge-not-a-copy": { severity: "error", excel: "#VALUE!" },
  "status-not-final": { severity: "warning", excel: "#VALUE!" },
  "assessment-blocked": { severity: "error", excel: "#VALUE!" },
  "publishing-blocked": { severity: "error", excel: "#VALUE!" },
  "report-not-final-open-comments": { severity: "warning", excel: "#VALUE!" },
  "letter-placeholder": { severity: "warning", excel: "#VALUE!" },
  "letter-not-assessed": { severity: "error", excel: "#VALUE!" },
  "file-not-found": { severity: "error", excel: "#VALUE!" },
  "file-empty": { severity: "error", excel: "#VALUE!" },
  "file-not-a-workbook": { severity: "error", excel: "#VALUE!" },
  "file-corrupt": { severity: "error", excel: "#VALUE!" },
  "file-password-protected": { severity: "error", excel: "#VALUE!" },
  "file-old-excel-format": { severity: "error", excel: "#VALUE!" },
} as const satisfies { readonly [C in keyof IssueParamsByCode]: CodeInfo };

/** Every issue code the engine can give. Each has an entry in the message catalogue. */
export type IssueCode = keyof typeof issueCodes;

/**
 * Facts any finding may carry besides its code's own: what the assessment leaves out until a bad figure
 * is put right (`leftOut`, with `leftOutMany` 1 when it names several figures), added by the checker.
 */
export type LeftOutParams = {
  readonly leftOut?: string;
  readonly leftOutMany?: number;
};

/** The facts a message for code `C` is written from. */
export type IssueParamsOf<C extends IssueCode> = Readonly<IssueParamsByCode[C]> & LeftOutParams;

/** The severity a code is given where nothing in the context changes it. */
export function severityOf(code: IssueCode): Severity {
  return issueCodes[code].severity;
}

/** The Excel error a custom function returns for a code. */
export function excelErrorOf(code: IssueCode): ExcelError {
  return issueCodes[code].excel;
}
