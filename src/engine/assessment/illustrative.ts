import type { DomainId } from "../catalogue/types";
import { coverageStatusOf, type CoverageRow } from "../workbook/coverage";
import type { DataSetAssessment, ForceAssessment } from "./types";

/** Which of a data set's comparisons use an illustrative figure: its position (the force's or a peer's figure) or its direction (the force's three years). */
export interface IllustrativeUse {
  readonly dataSetId: string;
  readonly position: boolean;
  readonly direction: boolean;
  /** The years of the force's own series whose figure is illustrative, oldest first. */
  readonly forceYears: readonly string[];
}

/**
 * The data sets of one force's assessment whose comparisons rest, at least partly, on figures the
 * workbook's Coverage table calls illustrative: the position when the force's or any peer's figure for
 * the assessment year is illustrative, the direction when any of the force's three years is. Only
 * comparisons that were made count; a workbook with no Coverage table gives none.
 */
export function illustrativeUses(assessment: ForceAssessment, coverage: readonly CoverageRow[]): readonly IllustrativeUse[] {
  if (coverage.length === 0) return [];
  const uses: IllustrativeUse[] = [];
  for (const domain of assessment.domains) {
    for (const ds of domain.dataSets) {
      const use = useOf(ds, assessment, coverage);
      if (use.forceYears.length > 0 || use.position || use.direction) uses.push(use);
    }
  }
  return uses;
}

function useOf(ds: DataSetAssessment, assessment: ForceAssessment, coverage: readonly CoverageRow[]): IllustrativeUse {
  const isIllustrative = (force: string, year: string) => coverageStatusOf(coverage, ds.dataSet.id, year, force) === "illustrative";
  const forceYears = assessment.years.filter((y) => isIllustrative(assessment.force, y));
  const position = ds.position !== null && [assessment.force, ...ds.peers].some((f) => isIllustrative(f, assessment.year));
  const direction = ds.direction !== null && forceYears.length > 0;
  return { dataSetId: ds.dataSet.id, position, direction, forceYears };
}

/** Per graded domain, the data sets whose scored comparisons (position or direction) rest on illustrative figures. */
export function gradesOnIllustrative(assessment: ForceAssessment, coverage: readonly CoverageRow[]): ReadonlyMap<DomainId, readonly string[]> {
  const uses = illustrativeUses(assessment, coverage);
  const out = new Map<DomainId, readonly string[]>();
  for (const domain of assessment.domains) {
    if (!domain.domain.graded || domain.recommendedGrade === null) continue;
    const ids = new Set(domain.dataSets.map((d) => d.dataSet.id));
    const used = uses.filter((u) => ids.has(u.dataSetId) && (u.position || u.direction)).map((u) => u.dataSetId);
    if (used.length > 0) out.set(domain.domain.id, used);
  }
  return out;
}
