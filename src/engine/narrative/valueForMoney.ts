import type { DataSetAssessment, DomainAssessment } from "../assessment/types";
import type { DirectionKind } from "../compare/direction";
import type { PositionKind } from "../compare/msgPosition";
import { actionSentences } from "./actions";
import { answerWriter, directionSentences, figureOf, figureSentences, illustrativeNote, positionSentences, type Writer } from "./dataSetText";
import { evidenceLeaning, evidenceSentences } from "./evidence";
import { missingFigures } from "./aspects";
import { domainReport, type DomainReport } from "./types";
import { paragraph } from "./text";

const side = (a: number, b: number): "higher" | "lower" | "similar" => (a > b ? "higher" : a < b ? "lower" : "similar");

/**
 * A value-for-money data set with its comparisons in neutral words only: a position or direction
 * given as better or worse is restated as higher or lower from the figures themselves, so a cost is
 * never called good or bad.
 */
export function neutralised(ds: DataSetAssessment): DataSetAssessment {
  const figure = figureOf(ds);
  let position = ds.position;
  if (position && (position.kind === "better" || position.kind === "worse")) {
    const kind: PositionKind = !position.significant || figure === null || ds.msgAverage === null ? "similar" : side(figure, ds.msgAverage);
    position = { ...position, kind, label: kind };
  }
  let direction = ds.direction;
  if (direction && (direction.kind === "improved" || direction.kind === "deteriorated")) {
    const first = direction.series[0]?.value ?? 0;
    const last = direction.series[direction.series.length - 1]?.value ?? 0;
    const moved = side(last, first);
    const kind: DirectionKind = moved === "higher" ? "increased" : moved === "lower" ? "decreased" : "stable";
    direction = { ...direction, kind, label: kind };
  }
  return { ...ds, position, direction };
}

/**
 * The value-for-money report: a profile, never a grade. Each cost is set against similar forces and
 * all forces and called higher, similar or lower, with its three-year series. The key questions hold
 * only evidence and recorded actions, since the profile does not judge costs.
 */
export function valueForMoneyReport(domain: DomainAssessment, report: Writer): DomainReport {
  const w = answerWriter(report);
  const intro = [
    "Value for money has a profile, not a grade.",
    `Each cost is set against ${w.said?.similarForces() ?? "similar forces"} and all forces.`,
    "A higher or lower cost is not in itself good or bad.",
  ];
  const shown = domain.dataSets.filter((ds) => figureOf(ds) !== null).map(neutralised);
  const profile = shown.flatMap((ds) => [...figureSentences(ds, w, true), ...positionSentences(ds), ...directionSentences(ds, true)]);
  const summary = paragraph([
    ...intro,
    ...(report.caveats ?? []),
    ...profile,
    ...missingFigures(domain.dataSets),
    ...illustrativeNote(shown, report),
  ]);
  const goodEvidence = domain.evidence.filter((e) => evidenceLeaning(e) === "good");
  const badEvidence = domain.evidence.filter((e) => evidenceLeaning(e) === "bad");
  const otherEvidence = domain.evidence.filter((e) => evidenceLeaning(e) === "neutral");
  const notJudged = "The profile does not judge costs, so no cost is listed here.";
  return domainReport(
    domain.domain,
    summary,
    [
      paragraph([notJudged, ...goodEvidence.flatMap((e) => evidenceSentences(e, w))]),
      paragraph([notJudged, ...badEvidence.flatMap((e) => evidenceSentences(e, w))]),
      paragraph(actionSentences(domain.actions, w, badEvidence.length > 0)),
    ],
    paragraph(otherEvidence.flatMap((e) => evidenceSentences(e, w))),
  );
}
