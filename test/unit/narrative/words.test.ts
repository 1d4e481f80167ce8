import { domainReportText, writeDomainReport } from "../../../src/engine/narrative";
import { dataSet, domain, evidence, force } from "./fixtures";

// The review of issue 11 quoted "solved" for sanction detections (which include cautions and penalty
// notices) and "Kent recovered £149 from criminals" for confiscation orders made.
describe("words that match the statistic", () => {
  const harm = domain("serious-harm", [
    dataSet("asset-recovery", { figure: 149, msg: 120, position: "higher", significant: false, direction: "increased", series: [100, 120, 149] }),
    dataSet("serious-sexual-offence-detections", { figure: 25.1, msg: 20.3, position: "better", direction: "improved", series: [20.0, 22.5, 25.1] }),
  ]);
  const local = domain("local-crime", [dataSet("burglary-detections", { figure: 14.3, msg: 15.0, position: "similar", direction: "stable", series: [13.9, 14.1, 14.3] })]);
  const texts = [harm, local].map((d) => domainReportText(writeDomainReport(force("Kent", [harm, local]), d)));

  it("says detected, never solved", () => {
    for (const t of texts) expect(t).not.toMatch(/solved/i);
    expect(texts[1]).toContain("Kent detected 14.3% of burglaries in 2008/09");
    expect(texts[0]).toContain("It does not mean the case was proved in court.");
  });

  it("says confiscation orders made, never money recovered from criminals", () => {
    expect(texts[0]).not.toMatch(/recovered|from criminals/i);
    expect(texts[0]).toMatch(/Confiscation orders made in Kent came to £149(\.00)? per 1,000 people in 2008\/09/);
    expect(texts[0]).toContain("not the money actually paid");
  });

  it("names the inspection and its judgement when an adverse judgement caps the grade", () => {
    const capped = domain("local-crime", local.dataSets, {
      dataGrade: "Good",
      grade: "Fair",
      adjustments: [{ rule: "adverse-judgement-caps-grade-at", from: "Good", to: "Fair", reason: "", evidence: evidence("Neighbourhood Policing judgement", "Poor") }],
    });
    const summary = writeDomainReport(force("Kent", [capped]), capped).summary;
    expect(summary).toContain("The figures alone point to the grade Good. The inspection of neighbourhood policing judged the force Poor, so we recommend no better than Fair.");
  });
});
