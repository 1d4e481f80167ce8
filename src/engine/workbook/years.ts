import { financialYearSchema } from "./schema";

/** True when `value` is a financial year written as "2008/09", the second year following the first. */
export function isFinancialYear(value: unknown): value is string {
  return financialYearSchema.safeParse(value).success;
}

/** The financial year `offset` years from `year`: shiftYear("2008/09", -2) is "2006/07". */
export function shiftYear(year: string, offset: number): string {
  const start = Number(year.slice(0, 4)) + offset;
  return `${start}/${String((start + 1) % 100).padStart(2, "0")}`;
}

/** The assessment year and the two before it, oldest first: the years direction of travel needs. */
export function threeYears(assessmentYear: string): readonly string[] {
  return [shiftYear(assessmentYear, -2), shiftYear(assessmentYear, -1), assessmentYear];
}

/**
 * A financial year as people write it ("2008/09", "2008-09", "2008/2009", "2008-2009", "2008–09") in
 * the template's form, "2008/09"; undefined when it is not a financial year (the second year must
 * follow the first).
 */
export function normaliseFinancialYear(text: string): string | undefined {
  const m = /^\s*(\d{4})\s*[/\-\u2013]\s*(\d{2}|\d{4})\s*$/.exec(text);
  if (!m) return undefined;
  const start = Number(m[1]);
  const end = m[2] as string;
  const follows = end.length === 4 ? Number(end) === start + 1 : Number(end) === (start + 1) % 100;
  const year = `${start}/${String((start + 1) % 100).padStart(2, "0")}`;
  return follows && isFinancialYear(year) ? year : undefined;
}
