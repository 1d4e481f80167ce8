/**
 * Words the faces show that are not findings (findings are in en-GB.ts, by code): the task pane's
 * notices and the `ra` command's lines, by id, in plain British English. Texts both faces show are in
 * `both`; a face's own words (its buttons, its commands and flags) are in `pane` or `cli`.
 */

const plural = (n: number, one: string, many: string): string => (n === 1 ? one : many);

/** Said by the task pane and the command alike. */
const both = {
  nothingMerged: "No copy has changed anything since it was last merged.",
  mergeChange: (c: { readonly file: string; readonly sheet: string; readonly added: number; readonly changed: number; readonly deleted: number }) =>
    `${c.file}, ${c.sheet}: ${c.added} added, ${c.changed} changed, ${c.deleted} deleted`,
  copyNamedTwice: (name: string, what: string) => `Two ${what} are called ${name}. The merge knows each copy by its file name: rename one.`,
} as const;

/** Why errors do not stop the assessment when all of them are people's decisions in the Assessment sheet. */
const publishingOnly = " The errors are decisions in the Assessment sheet: they stop publishing, not the assessment.";

/** The task pane's own words. */
const pane = {
  publishingOnly,
  runtimeExcel: (platform: string) => `Running in ${platform}.`,
  runtimeOutsideExcel: "Running in a web browser, outside Excel. Open the add-in from Excel to work with a workbook.",
  runtimePreview: "This is the preview: the task pane outside Excel, for trying it out. It cannot read or change a workbook.",
  templateEmpty: "This workbook has none of the template's sheets yet. Create the template, or fill it with the national sample.",
  templateFollowed: (version: string) => `This workbook follows the template, version ${version}.`,
  templateOtherVersion: (version: string, expected: string) =>
    `This workbook has the template's sheets, but its About sheet says version ${version}; this add-in reads version ${expected}. Run Check to see what differs.`,
  templatePartial: (missing: readonly string[]) => `This workbook has some of the template's sheets but not ${missing.join(", ")}. Run Check to see what is missing.`,
  templateNotAdded: (present: readonly string[]) =>
    `This workbook already has the sheet${plural(present.length, "", "s")} ${present.join(", ")}. To keep what is there, the add-in never writes over input sheets: open a new, empty workbook to create the template or the sample.`,
  workbookUnreadable: "The workbook could not be read.",
  sampleNotLoaded: (status: number) => `The national sample could not be loaded from the add-in's address (the server answered ${status}). Try again; if it happens again, check the connection to the add-in's address.`,
  paneNotLoaded: "The task pane could not load all its parts. Close it and open it again; if this happens again, check the connection to the add-in's address.",
  templateCreated: "Created the template's sheets, empty, with the default Rules and Scale.",
  sampleAdded: "Added the national sample's sheets. Its figures are illustrative.",
  unexpectedFailure: (detail: string) => `Something went wrong while working with the workbook: ${detail}`,
  selectedInExcel: (place: string) => `Selected ${place} in Excel.`,
  highlightedInPreview: (place: string) => `Highlighted ${place} in the preview's workbook.`,
  checkReady: (onlyPublishing: boolean) =>
    `Nothing stops the assessment.${onlyPublishing ? publishingOnly : ""} Warnings are worth a look; nothing was changed.`,
  checkNeedsTemplate: "This workbook does not have the template's sheets. Create the template in a new, empty workbook from Home, or add the sheets listed below.",
  checkFixErrors: "Fix the errors below, in the workbook, then check again. Each says where it is and how to fix it; nothing was changed.",
  cellNotShown: (place: string) => `${place} could not be shown: the sheet may have been renamed or deleted. Run the check again.`,
  copyUnreadable: (name: string) => `${name} could not be read as an Excel workbook (.xlsx). Open it in Excel, save it as an Excel Workbook and choose it again.`,
  noCellSelected: "No cell is selected. Select a cell that holds an RA formula, then try again.",
  explainUnknownFunction: "This add-in has no function of that name. Check the spelling against the list in the help page.",
  explainNameError: "Excel shows #NAME?.",
  explainAnyFunction: "One of the add-in's functions.",
  explainNestedArgument: (argument: string) => `The argument ${argument} is itself a calculation; select the cells it uses to explain them, or put it in a cell of its own.`,
  explainExcelError: (code: string, message: string | undefined) => `Excel shows ${code}${message ? `: ${message}` : "."}`,
  explainFailed: (detail: string) => `The function failed: ${detail}`,
  explainGives: (value: string) => `It gives ${value}.`,
  merged: (changed: readonly string[]) =>
    `${changed.length > 0 ? `Merged ${changed.join("; ")}.` : both.nothingMerged} Assess the forces again to bring the Report, Profile and Trace sheets up to date.`,
  blockersMore: (more: number) => `And ${more} more: run Check to see them all.`,
  refreshed: (items: string) => `Read the workbook again: ${items}.`,
  refreshedGrade: (items: string, grade: string, was: string | null) => `Read the workbook again: ${items}. Recommended grade ${grade}${was !== null ? ` (was ${was})` : " (unchanged)"}.`,
  noTableToShow: (sheet: string) => `The workbook has no ${sheet} table, so there is nothing to show. Create it from Home.`,
  sheetNotShown: (sheet: string) => `The ${sheet} sheet could not be shown: it may have been renamed or deleted. Choose Refresh to read the workbook again.`,
  reassessFailed: "The workbook could not be assessed again: see the message above. The wizard keeps what it read before.",
  workbookChanged: (why: string, count: number, blockers: readonly string[]) => `The workbook has changed: ${why} Fix ${count === 1 ? "it" : "them"} (see Check), then choose Refresh. ${blockers.join(" ")}`,
  noFigure: (year: string) => `No figure for ${year}.`,
  noComparison: "No comparison with similar forces.",
  noDirection: "No direction of travel (three years needed).",
  basedOn: (used: number, total: number, notUsed: readonly string[]) => {
    const base = `Based on ${used} of ${total} data set${total === 1 ? "" : "s"}`;
    return notUsed.length === 0 ? `${base}: all of them.` : `${base}; not used: ${notUsed.join(", ")}.`;
  },
  copied: "Copied to the clipboard.",
  clipboardUnavailable: "The clipboard is not available here: select the text and press Ctrl+C.",
  overridden: (grade: string, recommended: string | null, reason: string, unsaved: boolean) =>
    `Final grade ${grade}, decided by a person (the recommendation was ${recommended ?? "none"}). Reason: ${reason || "none given"}.${unsaved ? " Not yet written to the workbook." : ""}`,
  statusSaved: (force: string, status: string) => `Saved: the status of ${force}'s report is ${status}.`,
  assessmentWritten: (force: string | undefined) => `Written ${force ?? "the force"}'s assessment to the workbook.`,
  overrideReasonNeeded: "Give the reason for the override: it is kept in the Assessment sheet's Override reason column.",
} as const;

/** The command's own words. */
const cli = {
  mergeNeedsOut: "Say where to write the merged workbook with --out OUT.xlsx (no input file is ever written).",
  mergeNeedsCopies: "Name at least one regional copy after the national workbook.",
  mergeOutIsInput: "The output must be a different file from every input: no input file is ever written.",
  mergeSameFileTwice: "The same file is named twice. Name the national workbook once and each regional copy once.",
  mergeWritten: (out: string) => `Wrote ${out}. Run ra assess on it to bring the Report, Profile and Trace sheets up to date, then ra status.`,
  lettersNeedOut: "Say where to write the letters with --out FOLDER.",
  folderMissing: (parent: string, dir: string) => `The folder ${parent} does not exist, so ${dir} cannot be written there.`,
  folderIsFile: (dir: string) => `${dir} is a file, not a folder. Choose another --out.`,
  folderExists: (dir: string) => `${dir} already exists. Choose another folder, or add --overwrite to replace it.`,
  folderNotOurs: (dir: string, command: string) => `${dir} holds files that ${command} did not write, so it is not replaced even with --overwrite. Choose an empty or new folder.`,
  folderHoldsWorkbook: (file: string, out: string) => `The workbook ${file} is inside ${out}; choose a folder that does not hold it.`,
  lettersUnknownForce: (force: string, suggestion: string | undefined) => `There is no force "${force}" in the Forces table${suggestion ? `. Did you mean ${suggestion}?` : "."}`,
  lettersNothingAssessed: (file: string) => `No force has been assessed in ${file} (it has no Assessment sheet, or no rows in it), so there is nothing to write. Run ra assess first.`,
  lettersFolderMarker: "This folder was written by ra letters. ra letters --overwrite replaces it.\n",
  couldNotWrite: (out: string, detail: string) => `Could not write ${out}: ${detail}.`,
  lettersWritten: (out: string, feedback: number, open: number, drafts: number) =>
    `Wrote ${out}: ${feedback} feedback ${plural(feedback, "letter", "letters")} and ${open} open ${plural(open, "letter", "letters")}${drafts > 0 ? `; ${drafts} marked DRAFT because the force's grades are not all Final` : ""}.`,
  lettersPlaceholder: (forces: readonly string[], what: string) =>
    `the letters to ${forces.length === 1 ? forces[0] : `${forces.length} forces (${forces.slice(0, 3).join(", ")}${forces.length > 3 ? ", ..." : ""})`} have a placeholder for ${what}.`,
  lettersHardToRead: (kind: string, force: string) => `the ${kind} letter to ${force} reads harder than plain English (Flesch reading ease below 60).`,
  statusTotals: "Totals (reports are one per force and graded domain; a force is ready when all its reports are Final)",
  statusNothingStops: "Nothing stops publication: every force's reports are Final.",
  statusWhatStops: (forces: number, of: number) => `What stops publication (${forces} of ${of} forces):`,
  outputNotXlsx: (path: string) => `The output file ${path} must end in .xlsx.`,
  templateWritten: (path: string, year: string) => `Wrote an empty template to ${path}, for the assessment year ${year}.`,
  sampleNeedsSharedForRealOnly: "Cannot write the real-only sample: it is built from ../shared/data (or RA_SHARED_DATA), which is not there. Without --real-only, the committed sample is copied.",
  sampleNeedsSharedToRegenerate: "Cannot regenerate the sample: ../shared/data (or RA_SHARED_DATA) is not there. Without --regenerate, the committed sample is copied.",
  sampleGenerated: (folder: string, path: string, realOnly: boolean) => `Generated the national sample${realOnly ? " (real figures only)" : ""} from ${folder} into ${path}.`,
  sampleCopied: (path: string) => `Copied the national sample to ${path}.`,
  internalError: (detail: string) => `Something went wrong inside ra (a bug, not your data): ${detail}`,
  blockedRunCheck: (file: string, why: string) => `${file}: ${why} Run ra check for every finding.`,
  leftOutWarning: (sheet: string, cell: string, message: string) => `Warning: sheet ${sheet}, cell ${cell}: ${message}`,
  assessNeedsOut: "Say where to write the assessed workbook with --out OUT.xlsx (the input file is never written).",
  assessNeedsForceOrAll: "Give either --force NAME or --all.",
  reportNeedsForce: "Say which force with --force NAME.",
  assessNote: (text: string) => `Note: ${text}`,
  assessWritten: (out: string, illustrative: boolean) => `Wrote ${out}: sheets Assessment (recommended and final grades), Report, Profile and Trace${illustrative ? ". The data are illustrative" : ""}.`,
  publishNeedsOut: "Say where to write the site with --out FOLDER.",
  publishNothingFinal: (file: string) =>
    `No force's report has the status Final in ${file}, so there is nothing to publish. Set Status to Final in the Assessment sheet (ra assess writes it), or add --drafts to publish the drafts, marked DRAFT.`,
  publishWritten: (out: string, pages: number, drafts: boolean, illustrative: boolean, held: number) =>
    `Wrote ${out}: ${pages} force ${plural(pages, "page", "pages")}, index.html (forces by region), summary.html, methods.html and data.html (open data; every table also as a CSV file in data/).` +
    `${drafts ? " Every page is marked DRAFT." : ""}${illustrative ? " Every page says the data are illustrative." : ""}` +
    `${held > 0 ? ` ${held} ${plural(held, "force was", "forces were")} left out because ${plural(held, "its report is", "their reports are")} not Final (add --drafts to include them).` : ""}`,
  coverageSummary: (real: number, of: number, year: string, notReal: string) =>
    `Coverage: ${real} of ${of} data sets real for ${year} (for all forces, or all but one); not real: ${notReal}. The Coverage sheet has the detail.`,
  illustrativeGradesHeading: (mark: string) => `Grades marked ${mark} rest partly on illustrative figures (a comparison with a peer's or an earlier year's illustrative figure):`,
  illustrativeGradesLine: (domain: string, forces: number, graded: number, through: string) => `  ${domain}: ${forces} of ${graded} graded forces${forces > 0 ? `, through ${through}` : ""}.`,
} as const;

/** Why a file could not be written, and what to do, by the system's error code (see cli/output.ts). */
const writeRefusals = {
  permission: (folder: string) => [`you do not have permission to write in the folder ${folder}`, "Choose a folder you can write to (your own documents folder, for example), or ask whoever looks after the computer for permission."],
  readOnlyDisk: (folder: string) => [`the folder ${folder} is on a disk that can only be read`, "Choose a folder on another disk."],
  diskFull: () => ["the disk is full", "Free some space on the disk, or choose a folder on another disk."],
  quota: () => ["your disk quota is used up", "Free some space, or choose a folder on another disk."],
  noFolder: (folder: string) => [`the folder ${folder} does not exist`, "Create the folder first, or check its name."],
  notAFolder: (folder: string) => [`part of the path ${folder} is a file, not a folder`, "Check the path."],
  isFolder: (target: string) => [`${target} is a folder`, "Give a file name, such as assessed.xlsx."],
  busy: (target: string) => [`${target} is open in another program`, "Close it there (Excel keeps files it has open locked), then try again."],
  other: (code: string | undefined) => [`the system refused${code ? ` (${code})` : ""}`, "Choose another folder, or ask whoever looks after the computer."],
} as const satisfies Record<string, (...args: never[]) => readonly [string, string]>;

/** Every face text, by face and id. */
export const faceText = { both, pane, cli, writeRefusals } as const;
