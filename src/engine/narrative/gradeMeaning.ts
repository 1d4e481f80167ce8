import type { AssessmentSettings } from "../assessment/settings";
import { formatNumber } from "./numbers";

const score = (n: number): string => formatNumber(n, Number.isInteger(n) ? 0 : 2);

/**
 * What a grade of the Scale means, from the Scale and the Rules: its place ("Good is grade 2 of 4")
 * and the mean points that earn it. A grade not on the Scale is said to be so.
 */
export function gradeMeaning(settings: AssessmentSettings, grade: string): string {
  const scale = settings.scale;
  const i = scale.findIndex((g) => g.toLowerCase() === grade.toLowerCase());
  if (i < 0) return `"${grade}" is not one of the grades of the workbook's Scale (${scale.join(", ")}).`;
  const band = settings.grading.bands[i];
  const better = settings.grading.bands[i - 1];
  const place = `${scale[i] ?? grade} is grade ${i + 1} of ${scale.length} (${scale.join(", ")}, best first).`;
  if (!band) return place;
  if (band.minimumScore === null) {
    return `${place} The method recommends it when the domain's data sets score a mean below ${better?.minimumScore === null || better === undefined ? "every other grade's minimum" : score(better.minimumScore)} points.`;
  }
  const upper = better && better.minimumScore !== null ? ` and below ${score(better.minimumScore)}` : "";
  return `${place} The method recommends it when the domain's data sets score a mean of at least ${score(band.minimumScore)}${upper} points.`;
}
