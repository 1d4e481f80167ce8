import { cellText, decisionKey, type AssessmentInputs, type AssessmentSettings, type ForceAssessment } from "../engine/assessment";
import type { DomainId } from "../engine/catalogue/types";
import { normaliseWords } from "../engine/forces/names";
import { writeForceReport } from "../engine/narrative";
import type { Estimate } from "../engine/stats/interval";
import type { Session } from "../engine/session";
import { aboutItems, cellOf, coverageStatusOf, findTable, threeYears, type CoverageRow, type Finding, type ReportStatus, type TableSnapshot, type WorkbookSnapshot } from "../engine/workbook";
import { aboutText, forceContextOf, gradeDefinitionsOf, responsesOf, type ForceContext, type ForceResponse } from "./context";

/** The grade a page shows for a graded domain: the final grade a person decided, else the recommendation. */
export interface PublishedGrade {
  /** The method's recommendation; null when there was not enough data. */
  readonly recommended: string | null;
  /** The grade a person decided (Assessment sheet, Final grade); null when not yet decided. */
  readonly final: string | null;
  /** What the page shows: the final grade when set, else the recommended one. */
  readonly shown: string | null;
  readonly overrideReason: string;
  readonly status: ReportStatus;
  /** Who decided and when (Assessment sheet), "" when not written. */
  readonly assessor: string;
  readonly date: string;
}

/** A domain's report text: the summary (for value for money, the profile) and the three answers. */
export interface DomainText {
  readonly summary: string;
  readonly answers: readonly { readonly question: string; readonly text: string }[];
  readonly otherFindings: string;
}

export interface ForcePage {
  readonly force: string;
  /** The page's file name, such as force-dyfed-powys.html. */
  readonly file: string;
  readonly region: string;
  readonly assessment: ForceAssessment;
  /**
   * The force's report status as every face counts it (Session.reportStatus): the least advanced of its
   * graded domains, Final with an open comment counting as Shared for comment; Draft when the workbook
   * has no decision for a domain (not assessed).
   */
  readonly status: ReportStatus;
  readonly grades: ReadonlyMap<DomainId, PublishedGrade>;
  readonly text: ReadonlyMap<DomainId, DomainText>;
  /** Population, workforce, budget, chief constable and police authority in the assessment year. */
  readonly context: ForceContext;
  /** The force's and police authority's responses (Responses sheet), the force's first; empty when none yet. */
  readonly responses: readonly ForceResponse[];
}

/** Everything the pages are made from. */
export interface SiteModel {
  readonly year: string;
  readonly illustrative: boolean;
  /** Drafts are published too: every page says DRAFT. */
  readonly drafts: boolean;
  /** The published forces, in alphabetical order. */
  readonly pages: readonly ForcePage[];
  /** Forces not published because their reports are not Final. */
  readonly heldBack: readonly string[];
  readonly inputs: AssessmentInputs;
  readonly settings: AssessmentSettings;
  /** The checker's warnings (a workbook with errors is never published). */
  readonly warnings: readonly Finding[];
  readonly snapshot: WorkbookSnapshot;
  /** Any assessed force's figure for a data set (for the group charts), or null. */
  readonly figureOf: (force: string, dataSetId: string) => Estimate | null;
  /** The workbook's Coverage table (real, illustrative, missing per data set and year); empty when it has none. */
  readonly coverage: readonly CoverageRow[];
  /** Whether a force's figure for a data set and year is illustrative, by the Coverage table. */
  readonly isIllustrative: (force: string, dataSetId: string, year: string) => boolean;
  /** The three years the figures cover, as "2006/07 to 2008/09". */
  readonly dataPeriod: string;
  /** The About item Publication date, or the day the site was written (as 2009-06-30). */
  readonly publicationDate: string;
  /** The About item Comments and complaints: who the public write to; "" when the workbook does not say. */
  readonly comments: string;
  /** What a grade means, in words (Scale's Definition, or the default words); null when the workbook gives none. */
  readonly definitionOf: (grade: string) => string | null;
}

const key = (...parts: readonly string[]): string => parts.map(normaliseWords).join("|");
const byName = (a: string, b: string): number => a.localeCompare(b, "en-GB", { sensitivity: "base" });

/** A file name from a force name: lower case letters and digits joined by hyphens. */
export function slugOf(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug === "" ? "force" : slug.slice(0, 60);
}

function reportRowsOf(table: TableSnapshot | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const row of table?.rows ?? []) {
    if (!table) break;
    const text = cellText(cellOf(table, row, "Text"));
    if (text !== "") out.set(key(cellText(cellOf(table, row, "Force")), cellText(cellOf(table, row, "Domain")), cellText(cellOf(table, row, "Question"))), text);
  }
  return out;
}

/** A status as a page shows it: a report not yet assessed is a Draft. */
const shownStatus = (s: ReportStatus | "Not assessed"): ReportStatus => (s === "Not assessed" ? "Draft" : s);

/**
 * The site's model from an assessed workbook's session: every force's assessment, the grades and
 * statuses people wrote in the Assessment sheet (no sheet: every report is a Draft), the report text
 * (as edited in the Report sheet when it is there, else as the narrative writes it). Only forces whose
 * report is ready to publish (Session.readyToPublish) are, unless `drafts`. `today` (as 2009-06-30)
 * is the publication date when About gives none.
 */
export function siteModel(session: Session, assessments: readonly ForceAssessment[], drafts: boolean, today: string = new Date().toISOString().slice(0, 10)): SiteModel {
  const { snapshot, decisions, inputs, settings } = session;
  const coverage = session.coverage;
  const edited = reportRowsOf(findTable(snapshot, "Report"));
  const figures = new Map<string, Estimate | null>();
  for (const a of assessments) for (const d of a.domains) for (const s of d.dataSets) figures.set(key(a.force, s.dataSet.id), s.figure);

  const used = new Set<string>(["index", "summary", "methods", "data"]);
  const responses = responsesOf(snapshot);
  const pages: ForcePage[] = [];
  const heldBack: string[] = [];
  for (const a of [...assessments].sort((x, y) => byName(x.force, y.force))) {
    const grades = new Map<DomainId, PublishedGrade>();
    const states = session.domains(a.force);
    const status = shownStatus(session.reportStatus(a.force));
    for (const d of a.domains.filter((x) => x.domain.graded)) {
      const decision = decisions.get(decisionKey(a.force, d.domain.name));
      const final = decision?.finalGrade ? decision.finalGrade : null;
      const own = shownStatus(states.find((x) => x.domain === d.domain.name)?.status ?? "Not assessed");
      grades.set(d.domain.id, {
        recommended: d.recommendedGrade,
        final,
        shown: final ?? d.recommendedGrade,
        overrideReason: decision?.reason ?? "",
        status: own,
        assessor: decision?.assessor ?? "",
        date: decision?.date ?? "",
      });
    }
    if (!drafts && !session.readyToPublish(a.force)) {
      heldBack.push(a.force);
      continue;
    }
    const text = new Map<DomainId, DomainText>();
    for (const r of writeForceReport(a, coverage).domains) {
      text.set(r.domain, {
        summary: r.summary,
        answers: r.answers.map((q) => ({ question: q.question, text: edited.get(key(a.force, r.name, q.question)) ?? q.text })),
        otherFindings: r.otherFindings,
      });
    }
    let slug = slugOf(a.force);
    for (let n = 2; used.has(slug); n++) slug = `${slugOf(a.force)}-${n}`;
    used.add(slug);
    pages.push({
      force: a.force,
      file: `force-${slug}.html`,
      region: a.region.trim() || "Region not recorded",
      assessment: a,
      status,
      grades,
      text,
      context: forceContextOf(inputs, a.force, a.year),
      responses: responses(a.force),
    });
  }
  const year = assessments[0]?.year ?? inputs.assessmentYear ?? "";
  const years = year ? threeYears(year) : [];
  const definitions = gradeDefinitionsOf(snapshot, settings.scale);
  return {
    year,
    illustrative: inputs.illustrative,
    drafts,
    pages,
    heldBack,
    inputs,
    settings,
    warnings: session.findings.filter((w) => w.severity !== "error"),
    snapshot,
    figureOf: (force, dataSetId) => figures.get(key(force, dataSetId)) ?? null,
    coverage,
    isIllustrative: (force, dataSetId, year) => coverageStatusOf(coverage, dataSetId, year, force) === "illustrative",
    dataPeriod: years.length > 0 ? `${years[0] ?? ""} to ${years[years.length - 1] ?? ""}` : "",
    publicationDate: aboutText(snapshot, aboutItems.publicationDate) || today,
    comments: aboutText(snapshot, aboutItems.comments),
    definitionOf: (grade) => definitions.get(grade.toLowerCase()) ?? null,
  };
}
