import type { DataSetAssessment, DomainAssessment } from "../assessment/types";
import { actionSentences } from "./actions";
import { dataSetParagraph, missingFigures } from "./aspects";
import { answerWriter, directionLeaning, figureOf, illustrativeNote, positionLeaning, type Leaning, type Writer } from "./dataSetText";
import { evidenceLeaning, evidenceSentences } from "./evidence";
import { gradeSentences } from "./grade";
import { domainReport, type DomainReport } from "./types";
import { joinList, paragraph } from "./text";
import { wordingFor } from "./wording";

const leansTo = (ds: DataSetAssessment, l: Leaning): boolean => positionLeaning(ds) === l || directionLeaning(ds) === l;

/**
 * The report of a graded domain: the grade sentences, then the three key questions. "Do well" has the
 * data sets better than similar forces or improved, with green flags and good judgements; "need to
 * improve" those worse or deteriorated, with red flags and poor judgements; when nothing qualifies,
 * it says so. "Doing to improve" lists recorded actions only. Everything else goes in other findings.
 */
export function gradedDomainReport(domain: DomainAssessment, report: Writer): DomainReport {
  const profiled = domain.dataSets.filter((ds) => ds.profiledOnly && figureOf(ds) !== null);
  const grade = gradeSentences(domain, answerWriter(report));
  const summary = paragraph([
    ...grade.slice(0, -1),
    ...(report.caveats ?? []),
    ...(profiled.length > 0 ? [`The grade leaves out the figures per head, for ${joinList(profiled.map((ds) => wordingFor(ds.dataSet).topic))}.`] : []),
    ...grade.slice(-1),
  ]);
  const withFigures = domain.dataSets.filter((ds) => figureOf(ds) !== null);
  const good = withFigures.filter((ds) => leansTo(ds, "good"));
  const bad = withFigures.filter((ds) => leansTo(ds, "bad"));
  const neither = withFigures.filter((ds) => !leansTo(ds, "good") && !leansTo(ds, "bad"));
  const goodEvidence = domain.evidence.filter((e) => evidenceLeaning(e) === "good");
  const badEvidence = domain.evidence.filter((e) => evidenceLeaning(e) === "bad");
  const otherEvidence = domain.evidence.filter((e) => evidenceLeaning(e) === "neutral");

  const noFigures = "With no figures, no data set can be listed here.";
  let w = answerWriter(report);
  const doWell = paragraph([
    ...(withFigures.length === 0 ? [noFigures] : good.length === 0 ? [`No data set was clearly better than ${w.said?.similarForces() ?? "similar forces"} or improving.`] : []),
    ...good.flatMap((ds) => dataSetParagraph(ds, "good", true, w)),
    ...goodEvidence.flatMap((e) => evidenceSentences(e, w)),
    ...illustrativeNote(good, report),
  ]);
  w = answerWriter(report);
  const improve = paragraph([
    ...(withFigures.length === 0 ? [noFigures] : bad.length === 0 ? [`No data set was clearly worse than ${w.said?.similarForces() ?? "similar forces"} or getting worse.`] : []),
    ...bad.flatMap((ds) => dataSetParagraph(ds, "bad", !good.includes(ds), w)),
    ...badEvidence.flatMap((e) => evidenceSentences(e, w)),
    ...illustrativeNote(bad, report),
  ]);
  w = answerWriter(report);
  const doing = paragraph(actionSentences(domain.actions, w, bad.length > 0 || badEvidence.length > 0));
  w = answerWriter(report);
  const otherFindings = paragraph([
    ...neither.flatMap((ds) => dataSetParagraph(ds, "neutral", true, w)),
    ...missingFigures(domain.dataSets),
    ...otherEvidence.flatMap((e) => evidenceSentences(e, w)),
    ...illustrativeNote(neither, report),
  ]);
  return domainReport(domain.domain, summary, [doWell, improve, doing], otherFindings);
}
