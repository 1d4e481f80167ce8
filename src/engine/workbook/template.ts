import { dataSets, financeColumnsOf } from "../catalogue/dataSets";
import { domains } from "../catalogue/domains";
import type { DataSetInput } from "../catalogue/types";
import { changeSchema, tableSpecSchema, type ColumnSpec, type TableSpec, type TemplateChange } from "./schema";
import { z } from "zod";

/** The version of the workbook layout this engine reads and writes (the About sheet records it). */
export const TEMPLATE_VERSION = "1.1";

/** The oldest template version this engine still reads: what later versions added is read as blank. */
export const OLDEST_READABLE_VERSION = "1.0";

/**
 * What changed in each version of the template, oldest first. A workbook made for an older version
 * is told what changed since (message `template-version-old`).
 */
export const templateChangelog: readonly TemplateChange[] = z.array(changeSchema).parse([
  {
    version: "1.0",
    date: "2025-01-01",
    changes: [
      "First published layout: About, Forces, MSG, Data, Finance, Survey, Evidence, Actions, Rules and Scale, each an Excel table named after its sheet",
      "MSG has one row per force and peer",
      "Years are financial years written as 2008/09",
    ],
  },
  {
    version: "1.1",
    date: "2026-11-30",
    changes: [
      "Survey has two optional columns after Design effect, Minority ethnic percentage and Minority ethnic sample size: for comparative-satisfaction, Percentage and Sample size are then white victims' satisfaction and the gap is worked out; left blank, Percentage is the gap in points as before. With both columns the gap (white against minority ethnic victims, whichever is higher) is tested as a difference of two proportions; without them it is a figure with no sampling error and is not tested",
      "Rules gains the row direction-compared-with (England and Wales, Similar forces or None): a force's change over three years is set against that change, so that a national trend does not move every force; figures with no sampling error are judged against material-gap-rate, not tolerance",
      "Finance's cost columns (officer, PCSO and staff costs, precept, tax base, net revenue expenditure, cost lines used) may be left blank when no figure is known: that data set is then missing for the force and year",
      "MSG has an optional column How derived, after Source: for a derived group, the variables and the method",
      "An optional Coverage sheet (table Coverage) may say, per data set and year, which figures are real, illustrative or missing, and where they come from",
      "Scale gains a Definition column: what each grade means, in plain words, shown on the published pages (blank: the default words for Excellent, Good, Fair and Poor)",
      "Forces gains the Chief constable and Police authority columns",
      "About gains the items Comments and complaints (who the public write to) and Publication date",
      "A new Responses sheet holds each force's and police authority's response to its report, published in their own words",
      "Rules gains two rows, each a list of forces separated by semicolons: resident-rates-profiled-not-graded (default City of London: its figures per head are shown, not graded) and no-force-much-like-it (default Metropolitan Police: its comparison with similar forces carries a caveat); a workbook without them takes the defaults",
      "A 1.0 workbook is still read: what 1.1 added reads as blank, and this change is reported as a warning (template-version-readable)",
    ],
  },
]);

/** The kinds of qualitative evidence (DOMAIN.md, section 2). */
export const evidenceKinds = [
  "Neighbourhood Policing judgement",
  "CAA red flag",
  "CAA green flag",
  "Protective services",
  "Major crime",
  "Counter-terrorism",
  "Serious and organised crime",
  "Registered sex offenders",
  "Policing Pledge",
] as const;

/**
 * The default adverse judgements: those that mean an area needs improvement (compared without regard
 * to case). They are the default of the Rules row "adverse-judgements"; with the kind "CAA red flag",
 * such a row needs at least one action for the same force and domain in Actions.
 */
export const needsImprovementJudgements = ["Poor", "Requires improvement", "Needs improvement", "Inadequate", "Not meeting the standard"] as const;

/**
 * The adverse judgements of a Rules value written as a list separated by semicolons, in lower case with
 * single spaces; a blank or missing value gives the defaults.
 */
export function adverseJudgementsOf(value: unknown): readonly string[] {
  const words = typeof value === "string" ? value.split(";").map((j) => j.trim().toLowerCase().replace(/\s+/g, " ")).filter((j) => j !== "") : [];
  return words.length > 0 ? words : needsImprovementJudgements.map((j) => j.toLowerCase());
}

/** The forces of a Rules value written as a list separated by semicolons; "None" gives none; blank or missing gives `defaults`. */
export function forceListOf(value: unknown, defaults: readonly string[]): readonly string[] {
  const names = typeof value === "string" ? value.split(";").map((f) => f.trim()).filter((f) => f !== "") : [];
  return typeof value === "string" && /^none$/i.test(value.trim()) ? [] : names.length > 0 ? names : defaults;
}

/** The Welsh forces: the Comprehensive Area Assessment (and so its red and green flags) covered England only. */
export const welshForces = ["Dyfed-Powys", "Gwent", "North Wales", "South Wales"] as const;

const domainNames = domains.map((d) => d.name);
const yesNo = ["Yes", "No"];

const col = (name: string, kind: ColumnSpec["kind"], description: string, required = true, choices?: readonly string[]): ColumnSpec =>
  choices ? { name, kind, required, description, choices: [...choices] } : { name, kind, required, description };
const added = (version: string, column: ColumnSpec): ColumnSpec => ({ ...column, since: version });

/**
 * The Finance table's figure columns, made from the value-for-money data sets of the catalogue in its
 * order: each data set's numerator (pounds, 0 or more), then its denominator unless that is the
 * population from Forces (more than 0: it is divided by).
 */
function financeFigureColumns(): ColumnSpec[] {
  const column = (input: DataSetInput | null, kind: ColumnSpec["kind"]): ColumnSpec[] => {
    const about = input?.column;
    if (!input || !about) return [];
    const named = about.namedBy ? [col(about.namedBy.label, "text", about.namedBy.description, false)] : [];
    return [...named, col(input.label, kind, about.description, about.required)];
  };
  return dataSets
    .filter((d) => d.table === "Finance")
    .flatMap((d) => [...column(d.numerator, "amount"), ...(financeColumnsOf(d).denominator ? column(d.denominator, "positive-amount") : [])]);
}

const force = col("Force", "force", "The force's name, as in the Forces table");
const year = col("Year", "year", "The financial year, written as 2008/09");
const source = (required = true) => col("Source", "text", "Where the figures come from; say when they are illustrative", required);

/** Keys of the About table's rows. */
export const aboutItems = {
  version: "Template version",
  assessmentYear: "Assessment year",
  preparedBy: "Prepared by",
  dataSources: "Data sources",
  illustrative: "Illustrative data",
  comments: "Comments and complaints",
  publicationDate: "Publication date",
} as const;

/** Who a response in the Responses table is from. */
export const responseFrom = ["Force", "Police authority"] as const;

/**
 * The rules of grading and comparison, with their documented defaults. Comparison rules follow
 * DOMAIN.md section 4 (95% confidence, exact Poisson limits, design effect 1), except that the MSG
 * average leaves the force out by default (the predecessor framework included it, so the Metropolitan
 * Police made up 37% of its own comparator), figures with no sampling error are judged by the material
 * gap rather than a 5% tolerance, and direction of travel is set against the change for England and
 * Wales (issue 11). The
 * grading rules are those of src/engine/grading (points per position and direction, the minimum mean
 * score for each grade of the Scale by its order) and the evidence rules for CAA flags and adverse inspection judgements.
 */
export const ruleDefaults = [
  { id: "confidence-level", description: "Confidence level of intervals and tests, as a fraction (0.95 is 95%)", value: 0.95 },
  { id: "comparison-method", description: "How a force is compared with similar forces: funnel (a z-score allowing for the spread between forces, Spiegelhalter 2005, and a material gap) or interval (its confidence interval excludes the group average: the simple exact test)", value: "funnel" },
  { id: "overdispersion", description: "Funnel method: how the spread between forces beyond chance is allowed for: additive (a between-force variance, random effects), multiplicative (one factor on every variance) or none", value: "additive" },
  { id: "winsorising", description: "Funnel method: the fraction of z-scores at each end pulled in before the spread between forces is estimated (0.1 is 10%)", value: 0.1 },
  { id: "material-gap-rate", description: "For rates, and for figures with no sampling error (costs, asset recovery): the smallest gap from similar forces (funnel method), or between a force's change and the reference change (direction of travel), that counts, as a fraction (0.1 is 10%)", value: 0.1 },
  { id: "material-gap-points", description: "For detection rates and surveys: the smallest gap from similar forces (funnel method), or between a force's change and the reference change (direction of travel), that counts, in percentage points", value: 3 },
  { id: "direction-compared-with", description: "Direction of travel: whose change over the same years a force's change is set against, so that a national trend does not move every force: England and Wales (all forces summed), Similar forces (the force's group summed, the force left out unless include-force-in-msg-average is Yes) or None (the force's own change alone). It counts only where the difference is significant (figures with no sampling error: not tested) and at least the material gap", value: "England and Wales" },
  { id: "tolerance", description: "No longer used: figures with no sampling error are judged against material-gap-rate, in the assessment and in the functions given this table. Kept so that workbooks that set it open unchanged", value: 0.05 },
  { id: "include-force-in-msg-average", description: "Whether the MSG average includes the force itself (No, the default: a force is compared with its similar forces, not partly with itself; or Yes, as the predecessor framework did)", value: "No" },
  { id: "poisson-method", description: "Interval for counts: exact (Garwood) or byar", value: "exact" },
  { id: "default-design-effect", description: "Design effect for a survey row whose Design effect cell is blank", value: 1 },
  { id: "msg-size", description: "How many peers a derived Most Similar Group has", value: 7 },
  { id: "points-for-better", description: "Grading: points for a data set significantly better than similar forces", value: 2 },
  { id: "points-for-similar", description: "Grading: points for a data set similar to similar forces", value: 0 },
  { id: "points-for-worse", description: "Grading: points for a data set significantly worse than similar forces", value: -2 },
  { id: "points-for-improved", description: "Grading: points for a data set that improved over three years", value: 1 },
  { id: "points-for-stable", description: "Grading: points for a data set that was stable over three years", value: 0 },
  { id: "points-for-deteriorated", description: "Grading: points for a data set that deteriorated over three years", value: -1 },
  { id: "minimum-score-grade-1", description: "Grading: the lowest mean points for the best grade of the Scale (Order 1)", value: 1 },
  { id: "minimum-score-grade-2", description: "Grading: the lowest mean points for the grade of Order 2", value: 0 },
  { id: "minimum-score-grade-3", description: "Grading: the lowest mean points for the grade of Order 3; any lower score takes the last grade", value: -1 },
  { id: "red-flag-caps-grade-at", description: "Evidence: a CAA red flag in a domain caps its recommended grade at this grade of the Scale", value: "Fair" },
  { id: "adverse-judgements", description: "Evidence: inspection judgements that cap a domain's recommended grade, separated by semicolons (compared without regard to case)", value: needsImprovementJudgements.join("; ") },
  { id: "adverse-judgement-caps-grade-at", description: "Evidence: an adverse judgement in a domain (any kind but a CAA flag) caps its recommended grade at this grade of the Scale, unless a person overrides it with a reason", value: "Fair" },
  { id: "resident-rates-profiled-not-graded", description: "Edge case: forces whose figures per head (per 1,000 people or households) are shown but not graded, separated by semicolons: the City of London has about 11,700 residents and many times more people working there each day, so neither count is a fair base for its rates (None: no force)", value: "City of London" },
  { id: "no-force-much-like-it", description: "Edge case: forces with no force much like them, separated by semicolons; their comparison with similar forces is graded as usual and carries a caveat in the Trace, the report and the published page (None: no force)", value: "Metropolitan Police" },
  { id: "green-flag-can-raise", description: "Evidence: whether a CAA green flag raises a domain's recommended grade by one (never above the best, never past a red flag's cap)", value: "Yes" },
] as const;

/** The default grade labels, best first (the predecessors' scale; DOMAIN.md, section 2). */
export const scaleDefaults = ["Excellent", "Good", "Fair", "Poor"] as const;

/**
 * What each default grade means, in plain English (for the Scale's Definition column; a blank
 * definition of a default grade reads as these words).
 */
export const gradeDefinitions: Readonly<Record<(typeof scaleDefaults)[number], string>> = {
  Excellent: "The force performs well above what is expected: it does better than similar forces on most measures, keeps improving, and others could learn from it.",
  Good: "The force does what is expected of it well: it performs at least as well as similar forces, with no serious weaknesses.",
  Fair: "The force does some things well but falls short in others: it needs to improve in important areas.",
  Poor: "The force falls well short of what is expected: it does worse than similar forces in important areas and must improve urgently.",
};

const tables: TableSpec[] = [
  {
    name: "About",
    sheet: "About",
    description: "What this workbook is: template version, assessment year, who prepared it, sources, whether the data are illustrative",
    columns: [col("Item", "text", "What the row records"), col("Value", "text", "The value", false)],
    key: ["Item"],
  },
  {
    name: "Forces",
    sheet: "Forces",
    description: "One row per force and year: the population and households that rates are worked out from",
    columns: [
      force,
      col("Region", "text", "The region the force belongs to", false),
      col("Population", "positive-count", "Resident population of the force area"),
      col("Population year", "year", "The financial year whose rates use this population, as 2008/09"),
      col("Households", "positive-count", "Households in the force area", false),
      col("Households year", "year", "The financial year whose rates use these households, as 2008/09", false),
      source(false),
      added("1.1", col("Chief constable", "text", "The chief constable (or commissioner) in the year", false)),
      added("1.1", col("Police authority", "text", "The police authority the force answers to", false)),
    ],
    key: ["Force", "Population year"],
  },
  {
    name: "MSG",
    sheet: "MSG",
    description: "Most Similar Groups: one row per force and peer, so each pair can be checked and edited on its own",
    columns: [
      force,
      col("Peer", "force", "One of the force's most similar forces"),
      col("Year", "year", "The financial year the group applies to", false),
      col("Source", "choice", "official (a Home Office list) or derived (worked out from variables)", true, ["official", "derived"]),
      col("How derived", "text", "For a derived group: the variables and the method; blank for an official list", false),
    ],
    key: ["Force", "Peer", "Year"],
  },
  {
    name: "Data",
    sheet: "Data",
    description: "Recorded crime and serious harm: one row per force, year and data set",
    columns: [
      force,
      year,
      col("Data set id", "data-set", "A data set id of the catalogue, such as burglary"),
      col("Numerator", "numerator", "Offences, detections, casualties or pounds, as the data set says"),
      col("Denominator", "denominator", "Offences behind a detection rate; blank when the rate is per population or households (taken from Forces)", false),
      source(),
    ],
    key: ["Force", "Year", "Data set id"],
  },
  {
    name: "Finance",
    sheet: "Finance",
    description: "Costs and workforce: one row per force and year",
    columns: [
      force,
      year,
      ...financeFigureColumns(),
      col("Cost lines used", "text", "Which cost lines the officer, PCSO and staff costs include (pensions, overtime)", false),
      source(),
    ],
    key: ["Force", "Year"],
  },
  {
    name: "Survey",
    sheet: "Survey",
    description: "Confidence and satisfaction: one row per force, year and survey measure",
    columns: [
      force,
      year,
      col("Data set id", "data-set", "A survey data set id, such as satisfaction"),
      col("Percentage", "percentage", "The survey percentage (0 to 100); for comparative-satisfaction the gap in points, or white victims' satisfaction when the minority ethnic columns are filled"),
      col("Sample size", "positive-count", "People who answered"),
      col("Design effect", "design-effect", "Design effect of the survey; blank means the default in Rules", false),
      col("Minority ethnic percentage", "percentage", "comparative-satisfaction only: minority ethnic victims' satisfaction (0 to 100); Percentage is then white victims' satisfaction", false),
      col("Minority ethnic sample size", "positive-count", "comparative-satisfaction only: minority ethnic victims who answered", false),
      source(),
    ],
    key: ["Force", "Year", "Data set id"],
  },
  {
    name: "Evidence",
    sheet: "Evidence",
    description: "Qualitative judgements per force and domain",
    columns: [
      force,
      col("Domain", "choice", "The domain the evidence bears on", true, domainNames),
      col("Kind", "choice", "What kind of evidence it is", true, evidenceKinds),
      col("Judgement", "text", "The judgement, in the inspection's words (Poor, Requires improvement, Good, ...)", false),
      col("Detail", "text", "What was found", false),
      source(),
    ],
    key: ["Force", "Domain", "Kind", "Judgement", "Detail"],
  },
  {
    name: "Actions",
    sheet: "Actions",
    description: "What each force is doing to improve, per domain",
    columns: [
      force,
      col("Domain", "choice", "The domain the action improves", true, domainNames),
      col("Action", "text", "What the force is doing"),
      col("Owner", "text", "Who is responsible", false),
      col("Due", "text", "When it is due", false),
    ],
    key: ["Force", "Domain", "Action"],
  },
  {
    name: "Rules",
    sheet: "Rules",
    description: "The grading and comparison settings, with their defaults",
    columns: [col("Rule id", "text", "The rule's id"), col("Description", "text", "What the rule does", false), col("Value", "rule-value", "The setting")],
    key: ["Rule id"],
  },
  {
    name: "Scale",
    sheet: "Scale",
    description: "The grade labels, best first (Order 1 is the best)",
    columns: [
      col("Grade", "text", "A grade label"),
      col("Order", "positive-count", "1 for the best grade, then 2, 3, ..."),
      added("1.1", col("Definition", "text", "What the grade means, in plain words for the public (blank: the default words for Excellent, Good, Fair and Poor)", false)),
    ],
    key: ["Grade"],
  },
  {
    name: "Responses",
    sheet: "Responses",
    description: "Each force's and police authority's response to its report, published in their own words",
    columns: [
      force,
      col("From", "choice", "Who the response is from: Force or Police authority", true, responseFrom),
      col("Response", "text", "The response, in the words of whoever wrote it"),
      col("Date", "text", "When it was given, as 2009-06-30", false),
    ],
    key: ["Force", "From"],
    since: "1.1",
  },
];

/** The template: every input table, in the order of the workbook's sheets. Defined once, here. */
export const template: readonly TableSpec[] = z.array(tableSpecSchema).parse(tables);

/** The names of the input sheets: the add-in reads them and never writes them in an existing workbook. */
export const inputSheets: readonly string[] = template.map((t) => t.sheet);

/** The table spec with this name. */
export function tableSpec(name: string): TableSpec | undefined {
  return template.find((t) => t.name === name);
}

/** Yes/No choices, for About and Rules. */
export const yesNoChoices: readonly string[] = yesNo;
