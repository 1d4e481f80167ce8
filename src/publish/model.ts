import { cellText, decisionKey, readDecisions, reportStatusOf, type AssessmentInputs, type AssessmentSettings, type ForceAssessment } from "../engine/assessment";
import type { DomainId } from "../engine/catalogue/types";
import { normaliseWords } from "../engine/forces/names";
import { writeForceReport } from "../engine/narrative";
import type { Estimate } from "../engine/stats/interval";
import { cellOf, coverageStatusOf, findTable, readCoverage, reportStatuses, type CoverageRow, type Finding, type ReportStatus, type TableSnapshot, type WorkbookSnapshot } from "../engine/workbook";

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
  /** The least advanced status of the force's graded domains (Draft when the workbook has none). */
  readonly status: ReportStatus;
  readonly grades: ReadonlyMap<DomainId, PublishedGrade>;
  readonly text: ReadonlyMap<DomainId, DomainText>;
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

const statusRank = (s: ReportStatus): number => reportStatuses.indexOf(s);

/**
 * The site's model from an assessed workbook: every force's assessment, the grades and statuses people
 * wrote in the Assessment sheet (no sheet: every report is a Draft), the report text (as edited in the
 * Report sheet when it is there, else as the narrative writes it). Only forces whose graded domains are
 * all Final are published, unless `drafts`.
 */
export function siteModel(
  snapshot: WorkbookSnapshot,
  assessments: readonly ForceAssessment[],
  inputs: AssessmentInputs,
  settings: AssessmentSettings,
  warnings: readonly Finding[],
  drafts: boolean,
): SiteModel {
  const decisions = readDecisions(snapshot);
  const coverage = readCoverage(snapshot);
  const edited = reportRowsOf(findTable(snapshot, "Report"));
  const figures = new Map<string, Estimate | null>();
  for (const a of assessments) for (const d of a.domains) for (const s of d.dataSets) figures.set(key(a.force, s.dataSet.id), s.figure);

  const used = new Set<string>(["index", "summary", "methods"]);
  const pages: ForcePage[] = [];
  const heldBack: string[] = [];
  for (const a of [...assessments].sort((x, y) => byName(x.force, y.force))) {
    const grades = new Map<DomainId, PublishedGrade>();
    let status: ReportStatus = "Final";
    for (const d of a.domains.filter((x) => x.domain.graded)) {
      const decision = decisions.get(decisionKey(a.force, d.domain.name));
      const final = decision?.finalGrade ? decision.finalGrade : null;
      const own = reportStatusOf(decision?.status ?? "") ?? "Draft";
      if (statusRank(own) < statusRank(status)) status = own;
      grades.set(d.domain.id, { recommended: d.recommendedGrade, final, shown: final ?? d.recommendedGrade, overrideReason: decision?.reason ?? "", status: own });
    }
    if (status !== "Final" && !drafts) {
      heldBack.push(a.force);
      continue;
    }
    const text = new Map<DomainId, DomainText>();
    for (const r of writeForceReport(a).domains) {
      text.set(r.domain, {
        summary: r.summary,
        answers: r.answers.map((q) => ({ question: q.question, text: edited.get(key(a.force, r.name, q.question)) ?? q.text })),
        otherFindings: r.otherFindings,
      });
    }
    let slug = slugOf(a.force);
    for (let n = 2; used.has(slug); n++) slug = `${slugOf(a.force)}-${n}`;
    used.add(slug);
    pages.push({ force: a.force, file: `force-${slug}.html`, region: a.region.trim() || "Region not recorded", assessment: a, status, grades, text });
  }
  return {
    year: assessments[0]?.year ?? inputs.assessmentYear ?? "",
    illustrative: inputs.illustrative,
    drafts,
    pages,
    heldBack,
    inputs,
    settings,
    warnings: warnings.filter((w) => w.severity !== "error"),
    snapshot,
    figureOf: (force, dataSetId) => figures.get(key(force, dataSetId)) ?? null,
    coverage,
    isIllustrative: (force, dataSetId, year) => coverageStatusOf(coverage, dataSetId, year, force) === "illustrative",
  };
}
