import type { AssessmentSettings } from "../assessment/settings";
import type { DomainAssessment, ForceAssessment } from "../assessment/types";
import { gradeMeaning } from "../narrative/gradeMeaning";
import { formatFigures } from "../narrative/numbers";
import { keyQuestions, type ForceReport } from "../narrative/types";
import { issue, type Issue } from "../result";
import { missingContacts } from "./rules";
import type { ShortFall } from "./rules";
import type { Contacts, Letter, LetterBlock, LetterGrade } from "./types";

/** What a force's letters are written from. */
export interface LetterFacts {
  readonly assessment: ForceAssessment;
  /** The force's report text, as the narrative writes it. */
  readonly report: ForceReport;
  readonly grades: readonly LetterGrade[];
  readonly settings: AssessmentSettings;
  readonly contacts: Contacts;
  /** The date comments are due, as it should read ("31 July 2009"); "" leaves a placeholder. */
  readonly commentsDue: string;
}

const placeholder = (what: string): string => `[${what}]`;
/** Text a person wrote, without its closing full stop, to end one of the letter's sentences. */
const clause = (text: string): string => text.replace(/[.\s]+$/, "");
const heading = (level: 1 | 2 | 3, text: string): LetterBlock => ({ kind: "heading", level, text });
const para = (text: string): LetterBlock => ({ kind: "paragraph", text });
const DRAFT_NOTE = "DRAFT. This letter is not final. The grades may change before we publish them.";

function addressBlocks(force: string, contacts: Contacts): LetterBlock[] {
  return [
    para(`To: ${contacts.chiefConstable || placeholder("name of the chief constable")}, Chief Constable, ${force}.`),
    para(`And: ${contacts.chair || placeholder("name of the chair")}, Chair of the Police Authority.`),
    para(contacts.address || placeholder("address")),
  ];
}

/** The figures of a domain as a table: each data set with a figure, against similar forces and over time. */
function figuresTable(domain: DomainAssessment): LetterBlock | undefined {
  const rows = domain.dataSets.flatMap((s) => {
    if (!s.figure) return [];
    const [own, group] = formatFigures(s.msgAverage === null ? [s.figure.estimate] : [s.figure.estimate, s.msgAverage], s.dataSet);
    return [[`${s.dataSet.name} (${s.dataSet.unit})`, own ?? "", group ?? "No figure", s.position?.label ?? "No comparison", s.direction?.label ?? "No trend"]];
  });
  return rows.length === 0 ? undefined : { kind: "table", header: ["Data set", "Force", "Similar forces", "Against similar forces", "Over three years"], rows };
}

function gradeLine(g: LetterGrade): string {
  if (!g.shown) return `${g.domain}: there was not enough data for a grade.`;
  if (g.finalGrade !== "" && g.recommended && g.finalGrade.toLowerCase() !== g.recommended.toLowerCase()) {
    return `${g.domain}: ${g.shown}. The method gave ${g.recommended}. We decided on ${g.shown}${g.reason ? ` because ${clause(g.reason)}` : ""}.`;
  }
  return `${g.domain}: ${g.shown}.`;
}

const dueText = (due: string) => due || placeholder("date comments are due");

/**
 * Why a domain has the grade the open letter gives. When a person decided the final grade, who
 * decided, when, and how it stands against the method's recommendation (with their reason); the
 * report's grade sentences ("We recommend …") only when nobody has decided yet.
 */
function gradeWhy(g: LetterGrade | undefined, summary: string): string {
  if (!g || g.finalGrade === "") return summary;
  const who = g.assessor || "The assessor";
  const decided = `${who} decided on the grade ${g.finalGrade}${g.date ? ` on ${g.date}` : ""}.`;
  if (g.recommended && g.recommended.toLowerCase() !== g.finalGrade.toLowerCase()) {
    return `${decided} Our method gave ${g.recommended}.${g.reason ? ` The reason for the change: ${clause(g.reason)}.` : ""}`;
  }
  return `${decided} This is the grade our method gave.`;
}

/**
 * The feedback letter to a force's chief constable and police authority chair: the grades and what
 * they mean, what the force does well and where it must improve (the report's answers, with each
 * domain's figures in a table), value for money as a profile, the actions recorded with their owners,
 * and the date comments are due. Marked DRAFT unless every graded domain is Final. Contacts and the
 * due date the workbook does not give become placeholders, each reported as `letter-placeholder`.
 * Pure: the same facts give the same letter.
 */
export function feedbackLetter(facts: LetterFacts): Letter {
  const { assessment: a, report, grades, settings, contacts } = facts;
  const draft = !grades.every((g) => g.final);
  const title = `Rounded assessment ${a.year}: feedback to ${a.force}`;
  const blocks: LetterBlock[] = [heading(1, title)];
  if (draft) blocks.push(para(DRAFT_NOTE));
  blocks.push(...addressBlocks(a.force, contacts), para("Dear Chief Constable and Chair,"));
  blocks.push(
    para(`This letter gives you the results of our rounded assessment of ${a.force} for ${a.year}. It sets out your grades and what they mean. It says what the force does well and where it must improve. It lists the actions you told us about.`),
  );
  if (report.notes.length > 0) blocks.push(para(report.notes.join(" ")));

  blocks.push(heading(2, "Your grades"));
  blocks.push({ kind: "table", header: ["Area", "Grade", "Status"], rows: grades.map((g) => [g.domain, g.shown ?? "Not enough data", g.final ? "Final" : "Not yet final"]) });
  blocks.push({ kind: "list", items: grades.map(gradeLine) });
  const shownGrades = [...new Set(grades.flatMap((g) => (g.shown ? [g.shown] : [])))];
  blocks.push(para("What the grades mean:"), { kind: "list", items: shownGrades.map((g) => gradeMeaning(settings, g)) });

  for (const d of report.domains) {
    const domain = a.domains.find((x) => x.domain.id === d.domain);
    blocks.push(heading(2, d.name));
    if (domain && !domain.domain.graded) {
      blocks.push(para(d.summary));
    } else {
      const [well, improve] = d.answers;
      blocks.push(heading(3, "What the force does well"), para(well?.text ?? ""));
      blocks.push(heading(3, "Where the force must improve"), para(improve?.text ?? ""));
    }
    const table = domain ? figuresTable(domain) : undefined;
    if (table) blocks.push(heading(3, `The figures for ${a.year}`), table);
  }

  blocks.push(heading(2, "The actions you told us about"));
  const actions = a.domains.flatMap((d) => d.actions.map((x) => [d.domain.name, x.action, x.owner || "No owner given", x.due || "No date given"]));
  if (actions.length > 0) blocks.push({ kind: "table", header: ["Area", "Action", "Owner", "Due"], rows: actions });
  else blocks.push(para("You have not told us of any actions. Please tell us what you will do where the force must improve."));

  blocks.push(heading(2, "Your comments"));
  blocks.push(para(`Please send us your comments on this letter and the draft report by ${dueText(facts.commentsDue)}. We will reply to each comment before the report is final.`));
  blocks.push(para("Yours sincerely,"), para("HM Inspector of Constabulary"));

  const placeholders: Issue[] = [...missingContacts(a.force, contacts)];
  if (!facts.commentsDue) placeholders.push(issue("letter-placeholder", { force: a.force }, { force: a.force, what: "the date comments are due", how: "Give the date with --due." }));
  return { force: a.force, kind: "feedback", title, draft, forPublication: false, blocks, placeholders };
}

/**
 * The open letter to a force and its police authority where a domain falls short (see
 * {@link shortFalls}), in the manner of the Bank of England's letters to the Chancellor: what fell
 * short, why (who decided the grade and when, or the report's grade sentences while nobody has
 * decided; where the force must improve, with the figures), what
 * the force and authority are asked to do, and when the inspectorate will report again (`reportAgain`,
 * or within six months). Written for publication; marked DRAFT unless every graded domain is Final.
 */
export function openLetter(facts: LetterFacts, falls: readonly ShortFall[], reportAgain = ""): Letter {
  const { assessment: a, report, grades, contacts } = facts;
  const draft = !grades.every((g) => g.final);
  const title = `Open letter to ${a.force} and its police authority`;
  const blocks: LetterBlock[] = [heading(1, title)];
  if (draft) blocks.push(para(DRAFT_NOTE));
  blocks.push(para("For publication. We will publish this letter with our report."));
  blocks.push(...addressBlocks(a.force, contacts), para("Dear Chief Constable and Chair,"));
  blocks.push(para(`Our rounded assessment of ${a.force} for ${a.year} found that the force fell short in ${falls.length === 1 ? "one area" : `${falls.length} areas`}. We write this open letter so that the public can see what fell short, why, and what happens next.`));

  blocks.push(heading(2, "What fell short"));
  blocks.push({
    kind: "list",
    items: falls.map((f) => (f.reason === "lowest grade" ? `${f.domain}: ${f.grade}. This is the lowest grade.` : `${f.domain}: ${f.grade}. Last time it was ${f.previous ?? ""}. It fell by two grades or more.`)),
  });

  for (const f of falls) {
    const text = report.domains.find((d) => d.name === f.domain);
    const domain = a.domains.find((d) => d.domain.name === f.domain);
    blocks.push(heading(2, `Why: ${f.domain}`));
    if (text) blocks.push(para(gradeWhy(grades.find((g) => g.domain === f.domain), text.summary)), para(text.answers.find((x) => x.question === keyQuestions[1])?.text ?? ""));
    const table = domain ? figuresTable(domain) : undefined;
    if (table) blocks.push(table);
  }

  blocks.push(heading(2, "What we ask you to do"));
  blocks.push({
    kind: "list",
    items: [
      "Send us a plan to put this right within three months. Say who will lead it and by when.",
      "Show how you will measure progress, with the figures in this letter.",
      "The police authority should check the plan and hold the force to it.",
    ],
  });
  const actions = a.domains.filter((d) => falls.some((f) => f.domain === d.domain.name)).flatMap((d) => d.actions.map((x) => [d.domain.name, x.action, x.owner || "No owner given", x.due || "No date given"]));
  if (actions.length > 0) blocks.push(para("You have told us of these actions so far:"), { kind: "table", header: ["Area", "Action", "Owner", "Due"], rows: actions });
  else blocks.push(para("You have not told us of any actions in these areas yet."));

  blocks.push(heading(2, "When we will report again"));
  blocks.push(para(`We will look at these areas again and report ${reportAgain ? `by ${reportAgain}` : "within six months of this letter"}. We will publish what we find.`));
  blocks.push(para("Yours sincerely,"), para("HM Inspector of Constabulary"));
  return { force: a.force, kind: "open", title, draft, forPublication: true, blocks, placeholders: missingContacts(a.force, contacts) };
}

/** The words of a letter that are prose (headings, paragraphs and lists; not tables), for reading ease. */
export function letterProse(letter: Letter): string {
  return letter.blocks
    .flatMap((b) => (b.kind === "paragraph" ? [b.text] : b.kind === "list" ? b.items : []))
    .filter((t) => t.trim() !== "")
    .join("\n\n");
}
