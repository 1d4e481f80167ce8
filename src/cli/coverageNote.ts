import { faceText } from "../engine/messages/faceText";
import { dataSetById } from "../engine/catalogue/dataSets";
import { domains } from "../engine/catalogue/domains";
import { gradesOnIllustrative, type ForceAssessment } from "../engine/assessment";
import { realDataSets, type CoverageRow } from "../engine/workbook";
import { dataSets } from "../engine/catalogue/dataSets";

/** The mark put after a grade that rests partly on illustrative figures. */
export const ILLUSTRATIVE_MARK = "*";

/** "N of 25 data sets real for YEAR ..." from the Coverage table, or undefined when the workbook has none. */
export function coverageSummary(coverage: readonly CoverageRow[], year: string, forceCount: number): string | undefined {
  if (coverage.length === 0) return undefined;
  const real = realDataSets(coverage, year, forceCount);
  const names = (ids: readonly string[]) => ids.map((id) => dataSetById(id)?.name ?? id).join(", ");
  const notReal = dataSets.map((d) => d.id).filter((id) => !real.includes(id));
  return faceText.cli.coverageSummary(real.length, dataSets.length, year, names(notReal));
}

/**
 * Which grades rest partly on illustrative figures, per domain: how many forces' grades, and through
 * which data sets (a position against peers with an illustrative figure, or a direction over a year
 * whose figure is illustrative).
 */
export function illustrativeGradesNote(assessments: readonly ForceAssessment[], coverage: readonly CoverageRow[]): string[] {
  if (coverage.length === 0) return [];
  const byDomain = new Map<string, { forces: number; graded: number; dataSets: Set<string> }>();
  for (const a of assessments) {
    const on = gradesOnIllustrative(a, coverage);
    for (const d of a.domains.filter((x) => x.domain.graded && x.recommendedGrade !== null)) {
      const entry = byDomain.get(d.domain.id) ?? { forces: 0, graded: 0, dataSets: new Set<string>() };
      entry.graded += 1;
      const used = on.get(d.domain.id);
      if (used) {
        entry.forces += 1;
        for (const id of used) entry.dataSets.add(id);
      }
      byDomain.set(d.domain.id, entry);
    }
  }
  const lines = [faceText.cli.illustrativeGradesHeading(ILLUSTRATIVE_MARK)];
  for (const domain of domains) {
    const e = byDomain.get(domain.id);
    if (!e) continue;
    const names = [...e.dataSets].map((id) => dataSetById(id)?.name ?? id).join(", ");
    lines.push(faceText.cli.illustrativeGradesLine(domain.name, e.forces, e.graded, names));
  }
  return lines;
}
