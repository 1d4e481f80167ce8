import type { IssueCode, IssueParamsOf } from "./codes";

/**
 * Where a fix is read: the task pane (steps in Excel and the pane's buttons) or the `ra` command (its
 * commands and flags). Most fixes read the same in both.
 */
export type Face = "pane" | "cli";

/** One entry of the message catalogue: what went wrong, and how to put it right, from the code's facts. */
export interface MessageEntry<C extends IssueCode = IssueCode> {
  message(p: IssueParamsOf<C>): string;
  fix(p: IssueParamsOf<C>, face: Face): string;
}

/** The catalogue's shape: an entry for every code (the compiler fails if one lacks its text). */
export type MessageCatalogue = { readonly [C in IssueCode]: MessageEntry<C> };

/** A fact of the message as text; the key must be one of the code's facts. */
const s = <P extends object>(p: P, key: keyof P & string, fallback = ""): string => String((p as Readonly<Record<string, unknown>>)[key] ?? fallback);
const label = (p: { readonly label?: string }): string => s(p, "label", "A value");

/** Where a new, empty template comes from, in each face's words. */
const newTemplate: Readonly<Record<Face, string>> = {
  pane: "a new, empty template (in a new, blank workbook, open this add-in and choose Create the template on Home)",
  cli: "a new, empty template (the ra template command)",
};

/** Notes written into cells whose text is too long for one cell (see engine/workbook/cellLimit.ts). */
export const cellTextNotes = {
  continuesBelow: " [continued in the next row]",
  continuedFromAbove: "[continued] ",
  cut: (left: number): string => ` [cut here: ${left.toLocaleString("en-GB")} more characters did not fit in one cell]`,
} as const;

/**
 * Every message a user can see, in plain British English. The same text reaches Excel's tooltips,
 * the task pane and the `ra` command. Keys are the issue codes.
 */
export const enGB: MessageCatalogue = {
  "blank-value": {
    message: (p) => `${label(p)} is blank. A blank is not a zero, so nothing was calculated.`,
    fix: (p) => `Enter ${s(p, "expected", "a number")}, or 0 if the true figure is nought.`,
  },
  "not-a-number": {
    message: (p) => `${label(p)} is "${s(p, "value")}", which is not a number.`,
    fix: (p) => `Enter ${s(p, "expected", "a number")}, without units or text.`,
  },
  "negative-count": {
    message: (p) => `${label(p)} is ${s(p, "value")}, but a count cannot be negative.`,
    fix: () => "Enter a whole number of 0 or more.",
  },
  "fractional-count": {
    message: (p) => `${label(p)} is ${s(p, "value")}, but a count must be a whole number.`,
    fix: () => "Enter the number of offences, detections or people as a whole number.",
  },
  "negative-value": {
    message: (p) => `${label(p)} is ${s(p, "value")}, but it cannot be negative.`,
    fix: () => "Enter a figure of 0 or more.",
  },
  "zero-denominator": {
    message: (p) => `${label(p)} is 0, so the ${s(p, "measure", "figure")} cannot be worked out (it would mean dividing by nought).`,
    fix: (p) => `Enter the ${s(p, "expected", "figure to divide by")}; it must be more than 0.`,
  },
  "out-of-range": {
    message: (p) => `${label(p)} is ${s(p, "value")}, outside the range allowed (${s(p, "range")}).`,
    fix: (p) => `Enter a value ${s(p, "range")}.`,
  },
  "detections-exceed-offences": {
    message: (p) =>
      `${s(p, "detections")} detections against ${s(p, "offences")} offences gives a rate above 100%. ` +
      "This can be real: detections in a year can relate to offences recorded in an earlier year.",
    fix: () => "Check both figures; if they are right, no change is needed.",
  },
  "empty-group": {
    message: (p) => `There are no forces to compare ${s(p, "force", "the force")} with.`,
    fix: () => "List the force's most similar forces in the MSG table, or derive a group from variables.",
  },
  "force-not-in-group": {
    message: (p) => `"${s(p, "force")}" has no row in the Most Similar Group table.`,
    fix: (p) => {
      const suggestion = s(p, "suggestion");
      return suggestion ? `Did you mean "${suggestion}"? Check the spelling of the force name.` : "Add the force and its peers to the MSG table.";
    },
  },
  "force-not-found": {
    message: (p) => `"${s(p, "force")}" is not among the forces given${p.where ? ` in ${s(p, "where")}` : ""}.`,
    fix: (p) => {
      const suggestion = s(p, "suggestion");
      return suggestion ? `Did you mean "${suggestion}"?` : "Check the spelling of the force name against the Forces table.";
    },
  },
  "no-data": {
    message: (p) => `There is no ${s(p, "what", "data")} for ${s(p, "force", "this force")}.`,
    fix: () => "Add the missing figures, or leave the force out of the comparison.",
  },
  "duplicate-force": {
    message: (p) => `"${s(p, "force")}" appears more than once${p.where ? ` in ${s(p, "where")}` : ""}.`,
    fix: () => "Keep one row per force.",
  },
  "fewer-than-three-years": {
    message: (p) => `Direction of travel needs three years of figures; ${s(p, "count", "fewer")} ${Number(p.count) === 1 ? "was" : "were"} given.`,
    fix: () => "Give the figures for the assessment year and the two years before it, oldest first.",
  },
  "lengths-differ": {
    message: (p) => `${s(p, "first")} has ${s(p, "firstLength")} values but ${s(p, "second")} has ${s(p, "secondLength")}.`,
    fix: () => "Select ranges of the same size, one value per force or per year.",
  },
  "not-enough-forces": {
    message: (p) => `Only ${s(p, "available")} other forces are available, fewer than the ${s(p, "requested")} asked for.`,
    fix: () => "Ask for fewer similar forces, or add more forces.",
  },
  "constant-variable": {
    message: (p) => `${label(p)} has the same value for every force, so it cannot tell forces apart and was left out.`,
    fix: () => "No change is needed, unless the figures were pasted in wrongly.",
  },
  "unknown-data-set": {
    message: (p) => `"${s(p, "value")}" is not a data set of the assessment.`,
    fix: () => "Use a data set id from the catalogue, such as burglary or robbery.",
  },
  "unknown-option": {
    message: (p) => `${label(p)} is "${s(p, "value")}", which is not one of the choices (${s(p, "choices")}).`,
    fix: (p) => `Enter one of: ${s(p, "choices")}.`,
  },
  "result-too-large": {
    message: (p) => `The ${s(p, "measure", "result")} is too large to calculate: ${s(p, "reason", "the figure divided by is nearly 0")}.`,
    fix: () => "Check the figures divided by: a population, FTE or tax base should be a realistic size.",
  },
  "not-a-grading-rule": {
    message: (p) => `"${s(p, "value")}" is not a grading rule.`,
    fix: (p) => `Use one of: ${s(p, "choices")}.`,
  },
  "no-lowest-grade": {
    message: () => "The rules give minimum scores for grades but no grade for scores below them all.",
    fix: () => 'Add a row "lowest grade" with the name of the lowest grade, such as Poor.',
  },
  "not-graded": {
    message: (p) => `${label(p)} is "${s(p, "value")}": figures that are only higher or lower than similar forces (value for money) are not graded.`,
    fix: () => "Grade only data sets where higher or lower is better; value for money gets a profile, not a grade.",
  },
  "nothing-to-grade": {
    message: () => "There are no data sets to grade.",
    fix: () => "Give at least one position against similar forces and its direction of travel.",
  },
  "not-a-list": {
    message: (p) => `${label(p)} is a block of ${s(p, "rows")} rows by ${s(p, "columns")} columns; a single row or column is needed.`,
    fix: () => "Select one row or one column, such as a table column: Forces[Force].",
  },
  "two-groups-needed": {
    message: (p) => `${label(p)} is a block of ${s(p, "rows")} rows by ${s(p, "columns")} columns; a gap between two groups needs the two groups side by side, ${s(p, "shape", "two columns")}.`,
    fix: () => "Select white victims' figures and minority ethnic victims' figures side by side, such as CHOOSECOLS(f,4,6) of FIGURES for comparative-satisfaction.",
  },
  "override-without-reason": {
    message: (p) => `The final grade for ${s(p, "force")}, ${s(p, "domain")}, is ${s(p, "final")} but the recommendation is ${s(p, "recommended")}, and no reason is written.`,
    fix: () => "Write the reason for the change in the Override reason column, or clear the final grade.",
  },
  "final-with-open-comment": {
    message: (p) => `The report for ${s(p, "force")}, ${s(p, "domain")}, is marked Final, but ${s(p, "count")} comment${Number(p.count) === 1 ? " has" : "s have"} no response; it stays Shared for comment.`,
    fix: () => "Write a response to every comment in the Comments sheet, then mark the report Final again.",
  },
  "unknown-status": {
    message: (p) => `The status "${s(p, "value")}" for ${s(p, "force")}, ${s(p, "domain")}, is not one of Draft, Shared for comment, Final; it is read as Draft.`,
    fix: () => "Choose Draft, Shared for comment or Final.",
  },
  "merged-cells": {
    message: (p) => `Cells ${s(p, "range")} on the ${s(p, "sheet")} sheet are merged, so one value shows in several cells and cannot be read cell by cell.`,
    fix: () => "Unmerge the cells (Home > Merge & Center > Unmerge Cells) and enter a value in each.",
  },
  "sheet-hidden": {
    message: (p) => `The ${s(p, "sheet")} sheet is ${s(p, "state")}. It was read as usual, but people looking at the workbook cannot see what is assessed.`,
    fix: (p) => (p.state === "very hidden" ? "A very hidden sheet can only be shown again by a program (the VBA editor or a script): show it, or check why it was hidden." : "Right-click a sheet tab, choose Unhide and show the sheet."),
  },
  "cell-outside-table": {
    message: (p) => `Cell ${s(p, "cell")} on the ${s(p, "sheet")} sheet has a value but is outside the ${s(p, "sheet")} table, so it is not read.`,
    fix: (p) => `Move it into the table (extend the table over it), or clear it if it is not data. The first such cell is ${s(p, "cell")}; there may be more.`,
  },
  "peer-not-a-force": {
    message: (p) => `${s(p, "force")}'s group in the MSG table lists "${s(p, "value")}" as a peer, which is not a force (it looks like ${s(p, "looksLike")}).`,
    fix: () => "Pass the MSG table as it is (MSG), or only its Force and Peer columns; a peer must be a force's name.",
  },
  "year-needed": {
    message: (p) => `${s(p, "force")}'s group in the MSG table differs between years (${s(p, "years")}), and no year was given.`,
    fix: (p) => `Give the year as the last argument, for example "${s(p, "latest")}".`,
  },
  "zero-count": {
    message: (p) => `${label(p)} is 0, so the rate ratio and its interval cannot be worked out (the ratio is 0 or has no upper limit).`,
    fix: () => "Compare counts of at least 1 each, or compare the rates' gap instead.",
  },
  "level-looks-like-alpha": {
    message: (p) => `The confidence level is ${s(p, "value")}, which would give a ${s(p, "percent")}% interval: under 0.5 reads as the chance of error, not the level.`,
    fix: (p) => `Enter the level, such as ${s(p, "suggestion")} for ${s(p, "suggestionPercent")}%.`,
  },
  "percentage-as-fraction": {
    message: (p) => `${label(p)} is ${s(p, "value")}, which looks like a fraction: survey percentages run from 0 to 100.`,
    fix: (p) => `Did you mean ${s(p, "suggestion")}? Enter percentages as 38 for 38%, not 0.38.`,
  },
  "order-is-boolean": {
    message: (p) => `The order is ${s(p, "value")}. TRUE and FALSE are not accepted, because RANK.EQ reads 1 (TRUE) as "smallest first" while this function used to read TRUE as "higher is better".`,
    fix: () => 'Enter "higher" or "lower" (which way is better), 0 for largest first or 1 for smallest first as in RANK.EQ, or a data set id such as burglary.',
  },
  "error-value": {
    message: (p) => `${label(p)} holds the error ${s(p, "value")}.`,
    fix: () => "Correct the cell or the formula it comes from.",
  },
  // The workbook checker (issue 4): structure, template version, cells and cross-checks.
  "missing-sheet": {
    message: (p) => `The sheet ${s(p, "sheet")} is missing.`,
    fix: (p, face) => `Add a sheet named ${s(p, "sheet")} with the ${s(p, "sheet")} table, or start again from ${newTemplate[face]}.`,
  },
  "missing-table": {
    message: (p) => `The sheet ${s(p, "sheet")} has no ${s(p, "table")} table: no Excel table, and no row with its column headings.`,
    fix: (p) => `Put the ${s(p, "table")} headings (${s(p, "columns")}) in the first row of the sheet, or copy the table from a new template.`,
  },
  "missing-column": {
    message: (p) => `The ${s(p, "table")} table has no column "${s(p, "column")}".`,
    fix: (p) => `Add the column "${s(p, "column")}" to the ${s(p, "table")} table (headings must match the template).`,
  },
  "sheet-renamed": {
    message: (p) => `There is no sheet ${s(p, "sheet")}, but its table ${s(p, "table")} is on sheet "${s(p, "found")}", so that sheet was read as ${s(p, "sheet")}. Cells named on sheet ${s(p, "sheet")} in other findings are on "${s(p, "found")}".`,
    fix: (p) => `Rename the sheet "${s(p, "found")}" back to ${s(p, "sheet")} so formulas and other programs find it.`,
  },
  "table-renamed": {
    message: (p) => `The Excel table on sheet ${s(p, "sheet")} is named "${s(p, "found")}", not "${s(p, "table")}". It was read anyway.`,
    fix: (p) => `Rename the table to "${s(p, "table")}" (Table Design, Table Name) so formulas and the add-in find it.`,
  },
  "template-version-missing": {
    message: () => "The About table does not say which template version the workbook follows.",
    fix: (p) => `Add a row "Template version" with the value ${s(p, "expected")} to the About table, after checking the layout matches.`,
  },
  "template-version-old": {
    message: (p) => `This workbook follows template version ${s(p, "found")}; this version of the add-in reads ${s(p, "expected")}. What changed since: ${s(p, "changes")}`,
    fix: (_p, face) => `Copy your figures into ${newTemplate[face]}, or make the changes listed, then set the Template version to match.`,
  },
  "template-version-readable": {
    message: (p) => `This workbook follows template version ${s(p, "found")}; this version of the add-in reads ${s(p, "expected")}, and reads this workbook too, with what was added since left blank. What changed since: ${s(p, "changes")}`,
    fix: (p, face) => `To use what was added, make the changes listed (or copy your figures into ${newTemplate[face]}), then set the Template version to ${s(p, "expected")}.`,
  },
  "template-version-newer": {
    message: (p) => `This workbook follows template version ${s(p, "found")}, newer than the ${s(p, "expected")} this version of the add-in reads.`,
    fix: (_p, face) => `Update ${face === "pane" ? "the add-in" : "the ra command"}, or ask whoever made the workbook for one in the older layout.`,
  },
  "bad-year": {
    message: (p) => `${label(p)} is "${s(p, "value")}", which is not a financial year written as 2008/09.`,
    fix: () => "Enter the year as four digits, a slash and the next year's last two digits, such as 2008/09. Format the cell as text so Excel does not turn it into a date.",
  },
  "blank-text": {
    message: (p) => `${label(p)} is empty.`,
    fix: (p) => `Enter ${s(p, "expected", "a value")}.`,
  },
  "data-set-wrong-table": {
    message: (p) => `"${s(p, "value")}" is a data set of the ${s(p, "rightTable")} table, not of ${s(p, "table")}.`,
    fix: (p) => `Move the row to the ${s(p, "rightTable")} table.`,
  },
  "duplicate-row": {
    message: (p) => `This row repeats row ${s(p, "firstRow")} (same ${s(p, "key")}).`,
    fix: () => "Keep one of the two rows: delete the other, or correct whichever is wrong.",
  },
  "peer-is-force": {
    message: (p) => `${s(p, "force")} is listed as its own peer.`,
    fix: () => "A force's Most Similar Group lists other forces; delete this row (whether the force counts in the MSG average is set in Rules).",
  },
  "missing-year": {
    message: (p) => `There is no ${s(p, "dataSet")} row for ${s(p, "force")} in ${s(p, "year")}; direction of travel needs the assessment year and the two years before it.`,
    fix: (p) => `Add a row to the ${s(p, "table")} table for ${s(p, "force")}, ${s(p, "year")}, ${s(p, "dataSet")}.`,
  },
  "population-jump": {
    message: (p) => `The population of ${s(p, "force")} goes from ${s(p, "from")} in ${s(p, "fromYear")} to ${s(p, "to")} in ${s(p, "toYear")}, a change of ${s(p, "change")}%: more than 10% in a year.`,
    fix: () => "Check both figures; a boundary change can be real, a typing error is more likely.",
  },
  "small-sample": {
    message: (p) => `${p.force ? `${s(p, "force")}, ${s(p, "year")}, ${s(p, "dataSet")}: the` : "The"} survey sample is ${s(p, "value")}, under 100, so its percentage is very uncertain.`,
    fix: () => "Check the figure; if it is right, read the comparison for this survey with care.",
  },
  "no-action-recorded": {
    message: (p) => `${s(p, "force")} needs to improve in ${s(p, "domain")} (${s(p, "reason")}), but no action is recorded for it.`,
    fix: (p) => `Add what the force is doing to improve to the Actions table (force ${s(p, "force")}, domain ${s(p, "domain")}), or note that none is planned.`,
  },
  "caa-flag-wales": {
    message: (p) => `${s(p, "force")} is a Welsh force, but this row is a ${s(p, "kind")}: the Comprehensive Area Assessment covered England only, so the flag is ignored in the grade.`,
    fix: () => "Remove the row, or record the finding under the inspection it came from.",
  },
  "unknown-rule": {
    message: (p) => `"${s(p, "value")}" is not a rule the add-in knows, so it is ignored.`,
    fix: (p) => `Check the spelling against the rule ids: ${s(p, "choices")}.`,
  },
  "unknown-grade": {
    message: (p) => `${label(p)} is "${s(p, "value")}", which is not a grade in the Scale table.`,
    fix: (p) => (p.suggestion ? `Did you mean "${s(p, "suggestion")}"? Grades are written exactly as in Scale: ${s(p, "choices")}.` : `Enter one of the grades in Scale: ${s(p, "choices")}.`),
  },
  "formula-without-result": {
    message: (p) => `${label(p)} in ${s(p, "sheet")} ${s(p, "cell")} holds the formula ${s(p, "formula")}, saved without its result (programs and scripts such as openpyxl save formulas that way), so its value is not known. It is not read as blank or as 0.`,
    fix: () => "Open the workbook in Excel or LibreOffice Calc and save it: they work out every formula and save the results. Or type the figure itself.",
  },
  "percent-as-fraction": {
    message: (p) => `${label(p)} is ${s(p, "value")}, and ${s(p, "reason")}. Percentages are read as numbers from 0 to 100, so this is read as ${s(p, "value")}%.`,
    fix: (p) => `Did you mean ${s(p, "suggestion")}? Type ${s(p, "suggestion")} and format the cell as a number, not a percentage. If ${s(p, "value")}% is right, no change is needed.`,
  },
  "year-without-data": {
    message: (p) => `The assessment year on the About sheet is ${s(p, "year")}, but ${s(p, "tables")} have no figures for ${s(p, "year")} (years with figures: ${s(p, "years")}), so no force could be assessed.`,
    fix: () => "Set the assessment year to a year the figures are for, or add the figures for this year.",
  },
  "text-cut": {
    message: (p) => `A text of ${s(p, "length")} characters is more than the ${s(p, "limit")} a cell can hold, so its last ${s(p, "left")} characters were left out; the cell ends with a note saying so.`,
    fix: () => "Shorten the text it comes from.",
  },
  "text-split": {
    message: (p) => `The ${s(p, "column")} for ${s(p, "what")} is ${s(p, "length")} characters, more than the ${s(p, "limit")} a cell can hold, so it is written over ${s(p, "parts")} rows of the ${s(p, "sheet")} sheet, one after another, each part saying where it goes on.`,
    fix: () => "Nothing is lost. To keep it in one cell, shorten the evidence or text it comes from.",
  },
  // Files the command cannot write.
  "output-exists": {
    message: (p) => `${s(p, "file")} already exists.`,
    fix: () => "Choose another name, or add --overwrite to replace it.",
  },
  "output-is-input": {
    message: (p) => `${s(p, "file")} is the input file itself (the same file, by another name or through a link), and the input file is never written.`,
    fix: () => "Choose another name for --out.",
  },
  "output-not-writable": {
    message: (p) => `Could not write ${s(p, "file")}: ${s(p, "reason")}.`,
    fix: (p) => s(p, "advice", "Choose another folder, or ask whoever looks after the computer."),
  },
  "bad-option-year": {
    message: (p) => `--year ${s(p, "value")} is not a financial year.`,
    fix: () => "Write it as four digits, a slash and the next year's last two digits, such as --year 2008/09 (2008-09 and 2008/2009 are read as 2008/09).",
  },
  // Bringing regional copies together (ra merge), progress (ra status) and letters (ra letters).
  "merge-conflict": {
    message: (p) =>
      `${s(p, "sheet")}, ${s(p, "key")}: ${s(p, "column")} was changed in two copies in different ways: "${s(p, "value1")}" in ${s(p, "file1")} (cell ${s(p, "cell1")}) and "${s(p, "value2")}" in ${s(p, "file2")} (cell ${s(p, "cell2")}).`,
    fix: (p) => `Agree which is right and make the two copies the same, or run the merge again with --prefer and the copy that should win (${s(p, "file1")} or ${s(p, "file2")}).`,
  },
  "merge-conflict-settled": {
    message: (p) => `${s(p, "sheet")}, ${s(p, "key")}: ${s(p, "column")} differs between ${s(p, "file1")} (cell ${s(p, "cell1")}, "${s(p, "value1")}") and ${s(p, "file2")} (cell ${s(p, "cell2")}, "${s(p, "value2")}"); ${s(p, "winner")} was preferred.`,
    fix: () => "Check that the preferred copy is right for this row.",
  },
  "merge-template-version": {
    message: (p) => `${s(p, "file")} is a copy of template version ${s(p, "version")}, but the national workbook is version ${s(p, "national")}.`,
    fix: () => "Check that the copy was made from this year's national workbook; its work was merged as usual.",
  },
  "merge-figures-differ": {
    message: (p) => `${s(p, "file")}: ${s(p, "count")} row${Number(p.count) === 1 ? "" : "s"} of ${s(p, "sheet")} differ from the national workbook's (the first at cell ${s(p, "cell")}). Figures are not merged: they come from the national data.`,
    fix: () => "If the copy's figures are right, correct them in the national workbook; otherwise nothing needs doing.",
  },
  "merge-force-in-two-copies": {
    message: (p) => `${s(p, "force")} was changed in more than one copy: ${s(p, "files")}.`,
    fix: () => "Each force's work is normally done in its region's copy; check that both changes were meant.",
  },
  "merge-not-a-copy": {
    message: (p) => `${s(p, "file")} cannot be merged: it has ${s(p, "count")} error${Number(p.count) === 1 ? "" : "s"} against the template (the first: ${s(p, "first")}).`,
    fix: (p) => `Run ra check ${s(p, "file")} and put the errors right, then merge again.`,
  },
  "status-not-final": {
    message: (p) => `${s(p, "force")}: ${s(p, "domain")} is ${s(p, "status")}, so the force's report cannot be published.`,
    fix: () => "When the report is agreed, set Status to Final in the Assessment sheet.",
  },
  "assessment-blocked": {
    message: (p) => `${Number(p.count) === 1 ? "1 error stops" : `${s(p, "count")} errors stop`} the assessment.`,
    fix: () => "Put each error right where it says (sheet and cell); warnings do not stop the assessment.",
  },
  "publishing-blocked": {
    message: (p) => `${Number(p.count) === 1 ? "1 error stops" : `${s(p, "count")} errors stop`} publishing.`,
    fix: () => "Put each error right where it says (sheet and cell). Errors in the Assessment sheet stop publishing but not the assessment.",
  },
  "report-not-final-open-comments": {
    message: (p) => `The report cannot be Final yet: ${Number(p.count) === 1 ? "1 comment has" : `${s(p, "count")} comments have`} no response (Comments sheet, row${Number(p.count) === 1 ? "" : "s"} ${s(p, "rows")}).`,
    fix: () => "Write a response in the Response column of each, then set the status to Final.",
  },
  "letter-placeholder": {
    message: (p) => `The letters to ${s(p, "force")} have a placeholder for ${s(p, "what")}: the workbook does not give it.`,
    fix: (p) => `${s(p, "how")} Or fill in the placeholder in the letter before it is sent.`,
  },
  "letter-not-assessed": {
    message: (p) => `There is no assessment of ${s(p, "force")} in the Assessment sheet, so no letter was written for it.`,
    fix: () => "Run ra assess for the force first.",
  },
  // Files the command or the preview cannot read.
  "file-not-found": {
    message: (p) => `There is no file ${s(p, "file")}.`,
    fix: () => "Check the file name and folder.",
  },
  "file-empty": {
    message: (p) => `The file ${s(p, "file")} is empty.`,
    fix: (_p, face) => `Save the workbook again from Excel, or start from ${newTemplate[face]}.`,
  },
  "file-not-a-workbook": {
    message: (p) => `${s(p, "file")} is not an Excel workbook (.xlsx).`,
    fix: () => "Open it in Excel and save it as an Excel Workbook (.xlsx).",
  },
  "file-corrupt": {
    message: (p) => `${s(p, "file")} looks like an Excel workbook but is damaged or cut short, so it cannot be read.`,
    fix: () => "Open it in Excel (which may offer to repair it) and save it again, or use an earlier copy.",
  },
  "file-password-protected": {
    message: (p) => `${s(p, "file")} is protected with a password, so it cannot be read.`,
    fix: () => "Open it in Excel, remove the password (File, Info, Protect Workbook, Encrypt with Password), save, and try again.",
  },
  "file-old-excel-format": {
    message: (p) => `${s(p, "file")} is in the old Excel 97-2003 format (.xls), perhaps renamed to .xlsx.`,
    fix: () => "Open it in Excel and save it as an Excel Workbook (.xlsx).",
  },
};
