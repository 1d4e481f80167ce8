import type { IssueParams } from "../result";

/** One entry of the message catalogue: what went wrong, and how to put it right. */
export interface MessageEntry {
  readonly message: (p: IssueParams) => string;
  readonly fix: (p: IssueParams) => string;
}

const s = (p: IssueParams, key: string, fallback = ""): string => String(p[key] ?? fallback);
const label = (p: IssueParams): string => s(p, "label", "A value");

/**
 * Every message a user can see, in plain British English. The same text reaches Excel's tooltips,
 * the task pane and the `ra` command. Keys are the issue codes.
 */
export const enGB = {
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
  "unknown-rule": {
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
  "error-value": {
    message: (p) => `${label(p)} holds the error ${s(p, "value")}.`,
    fix: () => "Correct the cell or the formula it comes from.",
  },
} satisfies Record<string, MessageEntry>;
