import type { DomainAssessment, ForceAssessment } from "../assessment/types";
import { domains } from "../catalogue/domains";
import type { Writer } from "./dataSetText";
import { Glossary } from "./glossary";
import { gradedDomainReport } from "./gradedDomain";
import type { DomainReport, ForceReport } from "./types";
import { valueForMoneyReport } from "./valueForMoney";
import { forceCaveatSentences } from "../assessment/caveats";
import { illustrativeUses } from "../assessment/illustrative";
import type { CoverageRow } from "../workbook/coverage";

function writerFor(force: ForceAssessment, glossary: Glossary, coverage: readonly CoverageRow[]): Writer {
  const illustrative = new Set(illustrativeUses(force, coverage).filter((u) => u.position || u.direction).map((u) => u.dataSetId));
  return { force: force.force, year: force.year, groupSource: force.groupSource, glossary, illustrative, caveats: forceCaveatSentences(force) };
}

function domainReport(domain: DomainAssessment, w: Writer): DomainReport {
  return domain.domain.graded ? gradedDomainReport(domain, w) : valueForMoneyReport(domain, w);
}

/**
 * The plain-English report for one domain of a force: the grade sentences (or, for value for money,
 * the profile), the answers to the three key questions, and other findings. Terms are explained the
 * first time this report uses them. Pure: the same assessment always gives the same text.
 */
export function writeDomainReport(force: ForceAssessment, domain: DomainAssessment, coverage: readonly CoverageRow[] = []): DomainReport {
  return domainReport(domain, writerFor(force, new Glossary(), coverage));
}

/**
 * The plain-English report for a force over its domains, in catalogue order (Local Crime and
 * Policing, Protection from Serious Harm, Value for Money and Productivity, Confidence and
 * Satisfaction). Each term is explained once in the whole report. Illustrative data are said to be so:
 * the whole workbook's (About), and each answer's data sets whose compared figures the Coverage table
 * calls illustrative.
 */
export function writeForceReport(force: ForceAssessment, coverage: readonly CoverageRow[] = []): ForceReport {
  const glossary = new Glossary();
  const w = writerFor(force, glossary, coverage);
  const order = (d: DomainAssessment): number => domains.findIndex((c) => c.id === d.domain.id);
  const sorted = [...force.domains].sort((a, b) => order(a) - order(b));
  return {
    force: force.force,
    year: force.year,
    notes: force.illustrative ? ["The figures in this report are for illustration only. They are not official figures."] : [],
    domains: sorted.map((d) => domainReport(d, w)),
  };
}

/** A domain report as one text, in reading order: summary, the three answers, other findings. */
export function domainReportText(report: DomainReport): string {
  return [report.summary, ...report.answers.map((a) => a.text), report.otherFindings].filter((t) => t !== "").join("\n\n");
}
