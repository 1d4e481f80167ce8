import fc from "fast-check";
import { domainReportText, readability, sentencesOf, writeDomainReport, writeForceReport } from "../../../src/engine/narrative";
import { forceAssessmentArb, grades } from "./arbitraries";

/** Words of praise or blame the comparison never shows. */
const banned = [
  "excellent performance", "outstanding", "failing", "poor performance", "impressive", "disappointing", "superb", "remarkable",
  "commendable", "unacceptable", "dismal", "terrible", "alarming", "worrying", "strong performance", "weak", "great", "best", "worst",
];

/** The text with quoted judgements (the inspection's own words) and the grade sentences left out. */
function withoutQuotesAndGrades(text: string): string {
  return sentencesOf(text.replace(/"[^"]*"/g, '""'))
    .filter((s) => !/\bgrade\b|\bwe recommend\b/i.test(s))
    .join(" ");
}

describe("every generated report", () => {
  it("reads as plain English: Flesch at least 60, at most 20 words a sentence, no empty values, no praise or blame", () => {
    fc.assert(
      fc.property(forceAssessmentArb, (f) => {
        // A domain with no figures at all is mostly the workbook's own words (actions, owners), which
        // the narrative quotes as given: its plain wording is pinned in domainReport.test.ts instead.
        fc.pre(f.domains.every((d) => d.dataSets.some((ds) => ds.figure !== null)));
        for (const d of f.domains) {
          const text = domainReportText(writeDomainReport(f, d));
          const r = readability(text);
          expect(r.fleschReadingEase).toBeGreaterThanOrEqual(60);
          expect(r.wordsPerSentence).toBeLessThanOrEqual(20);
          expect(text).not.toMatch(/undefined|NaN|null|Infinity|\[object/);
          for (const word of banned) expect(text).not.toMatch(new RegExp(`\\b${word}\\b`, "i"));
          const rest = withoutQuotesAndGrades(text);
          for (const g of grades) expect(rest).not.toMatch(new RegExp(`\\b${g}\\b`));
        }
      }),
      { numRuns: 150, seed: 20090901 },
    );
  });

  it("shows missing actions as missing, and value for money never as better or worse", () => {
    fc.assert(
      fc.property(forceAssessmentArb, (f) => {
        const report = writeForceReport(f);
        for (const [i, d] of report.domains.entries()) {
          const assessed = f.domains.find((a) => a.domain.id === d.domain);
          const doing = d.answers[2]?.text ?? "";
          if (assessed?.actions.length === 0) expect(doing).toMatch(/^No action to improve was recorded\./);
          else expect(doing).not.toContain("No action");
          if (d.domain === "value-for-money") {
            expect(domainReportText(d)).not.toMatch(/\b(better|worse|improv(ed|ing)|deteriorat\w*)\b/i);
            expect(d.summary).not.toMatch(/recommend the grade/);
          }
          expect(i).toBeGreaterThanOrEqual(0);
        }
        expect(report.domains).toHaveLength(4);
      }),
      { numRuns: 100, seed: 7 },
    );
  });

  it("is the same text for the same assessment", () => {
    fc.assert(
      fc.property(forceAssessmentArb, (f) => {
        expect(writeForceReport(f)).toEqual(writeForceReport(f));
      }),
      { numRuns: 25 },
    );
  });
});
