/**
 * The task pane's own words that are not notices (those are in faceText.ts): tab names, headings,
 * button and field labels, hints, dialog titles and the names screen readers hear, by view, in plain
 * British English. A label that runs into a value shown in bold ends with its space ("Status: ").
 */

const plural = (n: number, one: string, many: string): string => (n === 1 ? one : many);

/** Shared by several views. */
const common = {
  opening: "Opening…",
  readingWorkbook: "Reading the workbook…",
  force: "Force",
  domain: "Domain",
  status: "Status",
  cancel: "Cancel",
  openCheck: "Open Check",
  assessAForce: "Assess a force",
  done: "Done",
  notDone: "Not done",
} as const;

/** The tabs and the landmarks around the views. */
const workspace = {
  tabs: { home: "Home", check: "Check", assess: "Assess", report: "Report" },
  tabList: "Task pane",
  /** Excel's name on each platform Office reports, for the line saying where the pane runs. */
  platforms: { PC: "Excel for Windows", Mac: "Excel for Mac", OfficeOnline: "Excel on the web", iOS: "Excel for iPad", Universal: "Excel for Windows" } as Readonly<Record<string, string>>,
  excel: "Excel",
} as const;

/** Home: the workbook's readiness and the sections below it. */
const home = {
  title: "Rounded Assessment",
  about: "Compares a police force with its most similar forces in four domains, recommends a grade and says why. A person decides.",
  thisWorkbook: "This workbook",
  unreadable: "The workbook could not be read",
  noTemplate: "No template here yet",
  createTemplate: "Create the template",
  fillWithSample: "Fill with the national sample",
  readyWarnings: " Warnings do not stop the assessment; Check lists them.",
  notReady: (why: string) => `${why} Check lists each one with its cell and how to fix it.`,
  mergeSection: "Merge regional copies",
  explainSection: "Explain a formula",
  domainsSection: "The four domains and their data sets",
  graded: (graded: boolean) => (graded ? "Graded." : "A profile, not graded."),
} as const;

/** Home's progress to publication, as `ra status` gives it. */
const programme = {
  title: "Progress to publication",
  forcesReady: (ready: number, forces: number, byStatus: string) =>
    `${ready} of ${forces} forces can be published: every graded domain Final, no comment waiting for a response and no override without a reason. Reports (one per force and graded domain): ${byStatus}.`,
  regionsCaption: "By region: forces ready to publish, reports by status, open comments and overrides without a reason",
  region: "Region",
  ready: "Ready",
  openComments: "Open comments",
  noReason: "No reason",
  nationally: "England and Wales",
  readyOf: (ready: number, forces: number) => `${ready} of ${forces}`,
  shortStatus: { "Not assessed": "Not assessed", Draft: "Draft", "Shared for comment": "Shared", Final: "Final" },
  forceProgress: (force: string) => `Progress of ${force}`,
  assessorAndDate: "Assessor and date",
  openCommentsOfDomain: (n: number) => `; ${n} open comment${plural(n, "", "s")}`,
  overrideWithoutReason: "; override without a reason",
  blockersTitle: (blocked: number, forces: number) => (blocked === 0 ? "Nothing stops publication" : `What stops publication (${blocked} of ${forces} forces)`),
  allFinal: "Every force's reports are Final.",
} as const;

/** Check. */
const check = {
  title: "Check the workbook",
  createTemplateAtHome: "Create the template (Home)",
  checking: "Checking…",
  progress: "Progress of the check",
  couldNotRun: "The check could not run",
  again: "Check again",
  severities: { error: "Errors", warning: "Warnings", info: "Notes" },
  /** Where a finding with no sheet is. */
  wholeWorkbook: "The workbook",
  onlyForce: (force: string) => `Only ${force} and the whole workbook`,
  /** The verb on each finding's button: Excel selects the cell, the preview shows it. */
  showVerb: (inExcel: boolean) => (inExcel ? "Select" : "Show"),
  fixIt: (fix: string) => `How to fix it: ${fix}`,
  fixThem: (fix: string) => `How to fix them: ${fix}`,
  repeated: (times: number, first: string) => `The same kind of finding ${times} times. The first: ${first}`,
  all: (n: number) => `All ${n}`,
} as const;

/** The Assess wizard. */
const assess = {
  title: "Assess a force",
  stepChooseForce: "Choose a force",
  stepDomain: "Domain",
  stepReview: "Review",
  stepWritten: "Written",
  couldNotGoOn: "The assessment could not go on",
  blockedTitle: "The workbook has errors that stop the assessment",
  readAgain: "Read the workbook again",
  blocked: (why: string, count: number) => `${why} Fix ${count === 1 ? "it" : "them"} (Open Check, below, lists them all with where they are), then read the workbook again.`,
  forcesInSheet: (n: number) => `${n} forces in the Forces sheet.`,
  keptUnwritten: (force: string) => `Your decisions for ${force} are kept but not yet written to the workbook.`,
  gradesFor: (force: string, year: string) => `Grades for ${force}, ${year}`,
  overrideNote: (reason: string) => ` (override: ${reason})`,
  written: (force: string, sheets: readonly string[]) => `Written ${force}'s assessment to the sheets ${sheets.join(", ")}. The input sheets were not changed.`,
  note: (text: string) => `Note: ${text}`,
  steps: "Wizard steps",
  back: "Back",
  stepOf: (position: number, total: number) => `Step ${position} of ${total}`,
  next: "Next",
  writeToWorkbook: "Write to the workbook…",
  assessAnother: "Assess another force",
  openReport: (force: string) => `Open ${force}'s report`,
  writeTitle: "Write the assessment?",
  writing: "Writing…",
  write: "Write",
  writtenAfresh: (sheets: readonly string[]) =>
    `These sheets will be written afresh: ${sheets.join(", ")}. Rows for other forces, and the final grades, reasons and statuses people wrote, are kept.`,
  commentsCreated: " The Comments sheet will be created, empty.",
  chartsSheet: (sheet: string, force: string | undefined) => ` The ${sheet} sheet gets an Excel chart for each graded domain of ${force ?? "the force"} against similar forces.`,
  inputsUnchanged: "No input sheet (Forces, Data, Finance, Survey, Evidence, Actions and the rest) is changed.",
  discardTitle: (force: string | undefined) => `Discard the decisions for ${force ?? "the force"}?`,
  keepThem: "Keep them",
  discardThem: "Discard them",
  discardWhy: (assessed: string | undefined, next: string) => `You chose final grades for ${assessed} that are not written to the workbook yet. Assessing ${next} discards them.`,
} as const;

/** One domain's step of the wizard. */
const domainStep = {
  decision: (graded: boolean) => (graded ? "Decision" : "Profile, not graded"),
  profileOnly: "Value for money is a profile: each cost against similar forces and all forces. It has no grade.",
  recommendedGrade: "Recommended grade: ",
  notEnoughData: "not enough data to recommend one",
  why: (score: string, tally: string) => `Why: mean points ${score} from ${tally}.`,
  evidenceAdjusts: (reason: string, from: string, to: string) => ` Evidence: ${reason} ${from} becomes ${to}.`,
  /** "3 better, 2 similar and 1 worse than similar forces": the trace in one line. */
  tally: (better: number, similar: number, worse: number) => {
    const parts = [
      [better, "better"],
      [similar, "similar"],
      [worse, "worse"],
    ]
      .filter(([k]) => (k as number) > 0)
      .map(([k, w]) => `${k} ${w}`);
    const list = parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}` : (parts[0] ?? "none");
    return `${list} than similar forces`;
  },
  leavesOut: (notUsed: number, total: number) => `The grade leaves out ${notUsed} of ${total} data sets`,
  finalGrade: "Final grade",
  finalGradeHint: "A person decides. Keep the recommendation or choose another.",
  noGradeYet: "No grade yet",
  recommendedMark: " (recommended)",
  overrideReason: "Why the final grade differs from the recommendation",
  dataSets: (n: number, missing: number) => `Data sets (${n}${missing > 0 ? `, ${missing} without a figure` : ""})`,
  noFigure: "no figure",
  figures: (force: string, similar: string, rank: { readonly rank: number; readonly of: number } | null) =>
    `Force ${force}; similar forces ${similar}${rank ? `; ranked ${rank.rank} of ${rank.of}` : ""}.`,
  overThreeYears: (label: string, detail: string) => `Over three years: ${label}${detail}.`,
  /** " (a fall of 24%, against a fall of 24% for England and Wales)": the change behind a direction. */
  directionDetail: (own: string, against: { readonly change: string; readonly nationally: boolean } | null, tested: boolean) =>
    ` (${own}${against ? `, against ${against.change} for ${against.nationally ? "England and Wales" : "similar forces"}` : ""}${tested ? "" : "; not tested: no sampling error"})`,
  allForces: (figure: string) => `All forces ${figure}.`,
  traceTitle: "The trace: every data set's points",
  traceLine: (dataSet: string | undefined, reason: string, points: number) => `${dataSet ?? "Data set"}: ${reason} (${points > 0 ? `+${points}` : points})`,
  rule: (rule: string) => `Rule: ${rule}`,
  evidenceAndActions: (evidence: number, actions: number) => `Evidence (${evidence}) and actions (${actions})`,
  editHelp: "The add-in does not change your input sheets: edit the evidence in its sheet, then Refresh.",
  noneRecorded: "None recorded for this force and domain.",
  editInSheet: "Edit in the sheet",
  owner: (owner: string, due: string) => (owner ? ` (${owner}${due ? `, due ${due}` : ""})` : due ? ` (due ${due})` : ""),
  refresh: (refreshing: boolean) => (refreshing ? "Refreshing…" : "Refresh"),
  /** The small chart's words: its marks and what a screen reader hears. */
  chartForce: "force",
  chartAverage: "MSG average",
  chartCompare: (force: string, figure: string, lower: string, upper: string, average: string) =>
    `${force} ${figure} (95% interval ${lower} to ${upper}); similar forces' average ${average}.`,
  chartSeries: (points: readonly string[]) => `Three years: ${points.join(", ")}.`,
} as const;

/** The grades table of the wizard's review and the Report's summary. */
const grades = {
  recommended: "Recommended",
  final: "Final",
  notEnoughData: "Not enough data",
  profile: "Profile",
  notGraded: "Not graded",
} as const;

/** Report. */
const report = {
  title: "Report",
  noReport: "No report yet",
  summary: (force: string, year: string) => `Summary: ${force}, ${year}`,
  override: (unsaved: boolean) => (unsaved ? " (override, not written yet)" : " (override)"),
  statusLead: "Status: ",
  comments: (all: number, open: number) => (all === 0 ? "No comments." : `${all} comment${plural(all, "", "s")}, ${open} without a response.`),
  copyAll: "Copy the whole report",
  explainsRecommendation: (rest: string) => `${rest} The text below explains the recommendation.`,
  readingEase: (score: number) => `Reading ease ${score.toFixed(0)} (Flesch; 60 or more is plain English)${score < 60 ? ": consider shorter sentences." : "."}`,
  copy: (domain: string) => `Copy ${domain}`,
  statusAndComments: "Status and comments",
  statusHint: "Draft, then shared with the force for comment, then Final once every comment has a response.",
  notFinalYet: "Not Final yet",
  saveStatus: "Save the status…",
  commentsTitle: (n: number) => `Comments (${n})`,
  noComments: "No comments for this force on the Comments sheet. Add them there, one per row.",
  someone: "Someone",
  commentOn: (when: string, domain: string, comment: string) => ` ${when ? `(${when})` : ""} on ${domain || "the whole report"}: ${comment}`,
  response: (response: string, row: number) => (response ? `Response: ${response}` : `No response yet (Comments row ${row}).`),
  saveTitle: (status: string) => `Save the status ${status}?`,
  save: "Save",
  saveWhat: (force: string) => `Saving writes the Assessment, Report, Profile and Trace sheets afresh for ${force}, keeping the final grades and reasons written there. Input sheets are not changed.`,
} as const;

/** Explain a formula. */
const explain = {
  title: "Explain a formula",
  about: "Says in plain words what an RA formula works out, and why it shows an error: Excel on the desktop often hides the reason.",
  explainSelected: "Explain the selected cell",
  formula: "Formula",
  formulaHint: "The preview has no grid to select from: type an RA formula. References such as Data!D2 read the sample workbook.",
  explainTyped: "Explain the formula",
  reading: "Reading…",
  notRa: "Not an RA formula",
  resultLead: (isError: boolean) => (isError ? "Why the error: " : "Result: "),
  arguments: "Arguments",
  argumentN: (n: number) => `argument ${n}`,
  leftOut: "(left out)",
  workedOutByExcel: "worked out by Excel",
  notSingleFunction: (place: string, formula: string) => `${place} holds ${formula}, which is not a single RA function.`,
  holdsValue: (place: string) => `${place} holds a value, not a formula.`,
  typedNotRa: (text: string) => `${text || "That"} is not a single RA function, such as =RA.CRIMERATE(1200, 1000000).`,
  /** Where a typed formula is, in the preview, for the heading of its explanation. */
  typedPlace: "The formula",
} as const;

/** Merge regional copies. */
const merge = {
  about:
    "Choose the regional copies of this workbook. Their decisions, comments and responses, evidence and actions are brought into this workbook; their figures are not. Nothing is written until you say so.",
  copies: "Regional copies (.xlsx)",
  readingCopies: "Reading the copies…",
  leftOut: "Left out of the merge",
  wouldDo: "What the merge would do",
  finding: (conflict: boolean, message: string) => `${conflict ? "Conflict" : "Note"}: ${message}`,
  winner: "Copy that wins each conflict",
  winnerHint: "Or make the copies agree and choose them again.",
  noWinner: "None: write nothing while rows conflict",
  nothingWritten: "Nothing will be written",
  unsettled: (n: number) => `${n} ${plural(n, "row was", "rows were")} changed in two copies in different ways. Make the copies agree, or choose the copy that wins.`,
  mergeHere: "Merge into this workbook",
  outcome: (merged: boolean) => (merged ? "Merged" : "Not merged"),
} as const;

/** The readiness line of Home and Check. */
const readiness = {
  line: (ready: boolean, errors: number, warnings: number) =>
    `${ready ? "Ready" : "Not ready"} to assess: ${errors} ${plural(errors, "error", "errors")}, ${warnings} ${plural(warnings, "warning", "warnings")}`,
} as const;

/** Every label of the task pane, by view. */
export const paneLabels = { common, workspace, home, programme, check, assess, domainStep, grades, report, explain, merge, readiness } as const;
