import { z } from "zod";
import { tableSpecSchema, type ColumnSpec, type TableSpec } from "./schema";

const text = (name: string, description: string, required = false): ColumnSpec => ({ name, kind: "text", required, description });
const amount = (name: string, description: string): ColumnSpec => ({ name, kind: "amount", required: false, description });

/** The statuses a force's report goes through (the seed's process: shared with forces for comment, then published). */
export const reportStatuses = ["Draft", "Shared for comment", "Final"] as const;
export type ReportStatus = (typeof reportStatuses)[number];

/**
 * The sheets the add-in writes: each an Excel table named after its sheet. The assessment replaces
 * them on every run, keeping what people wrote in Assessment (final grade, override reason, assessor,
 * date, status). Comments is created empty once and then belongs to people: it is never rewritten.
 */
export const outputTemplate: readonly TableSpec[] = z.array(tableSpecSchema).parse([
  {
    name: "Assessment",
    sheet: "Assessment",
    description: "One row per force and graded domain: the recommended grade, and the final grade a person decides",
    columns: [
      text("Force", "The force", true),
      text("Domain", "A graded domain", true),
      text("Recommended grade", "The grade the method recommends (see Trace for why)", true),
      text("Final grade", "The grade decided by a person; if it differs from the recommendation, give the reason"),
      text("Override reason", "Why the final grade differs from the recommendation"),
      text("Assessor", "Who decided"),
      text("Date", "When, as 2009-06-30"),
      text("Status", "Draft, Shared for comment or Final"),
    ],
    key: ["Force", "Domain"],
  },
  {
    name: "Report",
    sheet: "Report",
    description: "The draft report: each domain's answers to the three key questions",
    columns: [text("Force", "The force", true), text("Domain", "The domain", true), text("Question", "The key question", true), text("Text", "The answer, in plain English", true), amount("Reading ease", "Flesch reading ease of the text (60 or more is plain English)")],
    key: ["Force", "Domain", "Question"],
  },
  {
    name: "Profile",
    sheet: "Profile",
    description: "Every data set's figures: the force against its similar forces and all forces",
    columns: [
      text("Force", "The force", true),
      text("Domain", "The domain", true),
      text("Data set", "The data set", true),
      text("Year", "The assessment year", true),
      amount("Figure", "The force's figure"),
      text("Unit", "The unit of the figures"),
      amount("Lower", "Lower limit of the 95% interval"),
      amount("Upper", "Upper limit of the 95% interval"),
      amount("MSG average", "Weighted average of the Most Similar Group"),
      amount("All forces", "Weighted average of all forces (value for money)"),
      text("Position", "Against similar forces"),
      text("Direction", "Over three years"),
      amount("Rank", "Rank in the group, 1 best (value for money: 1 highest)"),
      amount("Of", "Forces ranked"),
      text("Compared with", "How many similar forces had a figure for the group average: 6 of 7 when one had none"),
      text("Change", "The force's change from two years before: in % for rates and costs, in percentage points for detection rates, surveys and gaps"),
      text("Reference change", "The change over the same years that the direction is set against, and whose it is (England and Wales or similar forces); blank when the Rules say None"),
      text("Direction test", "The test behind the direction and its p-value, or Not tested for a figure with no sampling error"),
    ],
    key: ["Force", "Data set"],
  },
  {
    name: "Trace",
    sheet: "Trace",
    description: "Why each grade was recommended: every data set, its comparison and points, and every rule applied",
    columns: [text("Force", "The force", true), text("Domain", "The domain", true), text("Step", "Data set, rule or evidence", true), text("What", "What was found, or the rule", true), amount("Points", "Points scored")],
    key: [],
  },
  {
    name: "Comments",
    sheet: "Comments",
    description: "Comments from forces and police authorities on the shared drafts, and the responses",
    columns: [text("Force", "The force", true), text("Domain", "The domain, or blank for the whole report"), text("Who", "Who commented"), text("When", "When, as 2009-06-30"), text("Comment", "The comment", true), text("Response", "The inspectorate's response")],
    key: [],
  },
  {
    name: "Merges",
    sheet: "Merges",
    description: "What each regional copy held when it was last merged (ra merge), so that a later merge takes only what changed since",
    columns: [text("Copy", "The regional copy's file name", true), text("Sheet", "Assessment, Comments, Evidence or Actions", true), text("Key", "The row's key: force, domain and the sheet's other keys", true), text("Values", "The row's merged cells, as written in the copy", true)],
    key: [],
  },
]);

/** The names of the sheets the add-in writes. */
export const outputSheets: readonly string[] = outputTemplate.map((t) => t.sheet);

/** The output table spec with this name. */
export function outputTableSpec(name: string): TableSpec | undefined {
  return outputTemplate.find((t) => t.name === name);
}
