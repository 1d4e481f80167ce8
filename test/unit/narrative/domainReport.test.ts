import { domainReportText, writeDomainReport, writeForceReport } from "../../../src/engine/narrative";
import { action, dataSet, domain, evidence, force, kentLocalCrime, kentValueForMoney } from "./fixtures";

const answer = (report: ReturnType<typeof writeDomainReport>, i: number): string => report.answers[i]?.text ?? "";

describe("writeDomainReport: Kent, Local Crime and Policing", () => {
  const kent = force("Kent", [kentLocalCrime()]);
  const report = writeDomainReport(kent, kentLocalCrime());

  it("answers the three key questions in order", () => {
    expect(report.domain).toBe("local-crime");
    expect(report.answers.map((a) => a.question)).toEqual([
      "What does the force do well?",
      "Where does the force need to improve?",
      "What is the force doing to improve?",
    ]);
  });

  it("gives the grade, the evidence rule that capped it, and says a person decides", () => {
    expect(report.summary).toBe(
      "The figures point to Good, but a red flag from the Comprehensive Area Assessment (CAA) marks a concern, so we recommend Fair. " +
        "The CAA is a joint review of local public services. " +
        "A person decides the final grade.",
    );
  });

  it("puts robbery, significantly better than similar forces, under what the force does well, with figures in context", () => {
    expect(answer(report, 0)).toBe(
      "Kent had 0.60 robberies per 1,000 people in 2008/09, against 0.66 for similar forces. " +
        "The comparison group is made up of the forces most like Kent, its Most Similar Group. " +
        // (0.60 - 0.66) / 0.66 = -9.1%: the gap in words, never a negative number.
        "That is 9% lower than the group's figure, which is better. The gap is too big to put down to chance. " +
        "It went from 0.62 to 0.61 to 0.60 in the three years to 2008/09. " +
        "The change is within what chance would explain. " +
        'The inspection of neighbourhood policing judged the force "Good".',
    );
  });

  it("puts vehicle crime, worse and deteriorating, and the red flag under where the force needs to improve", () => {
    expect(answer(report, 1)).toBe(
      "Kent had 8.4 vehicle crimes per 1,000 people in 2008/09, against 7.1 for similar forces. " +
        // (8.4 - 7.1) / 7.1 = +18.3%.
        "That is 18% higher than the group's figure, which is worse. The gap is too big to put down to chance. " +
        "It went from 7.2 to 7.8 to 8.4 in the three years to 2008/09. " +
        "That is worse than before. The change is too big to put down to chance. " +
        "The CAA gave the force a red flag, which marks a concern. " +
        "It found: too few patrols at night in town centres.",
    );
  });

  it("says missing actions are missing and invents none", () => {
    expect(answer(report, 2)).toBe("No action to improve was recorded. So we cannot say how the force plans to improve the areas above.");
  });

  it("explains a sanction detection once, says similar plainly and names data sets with no figures", () => {
    expect(report.otherFindings).toBe(
      "A crime counts as detected here if it ends in a charge, a caution, a penalty notice or another formal outcome. This is called a sanction detection. It does not mean the case was proved in court. " +
        "Kent detected 14.3% of burglaries in 2008/09, against 15.0% for similar forces. " +
        "The gap from the group's figure is within what chance would explain. " +
        "It went from 13.9% to 14.1% to 14.3% in the three years to 2008/09. " +
        "The change is within what chance would explain. " +
        "There were no figures for criminal damage.",
    );
  });
});

describe("writeDomainReport: other cases", () => {
  it("says plainly when nothing is better or improving, and lists recorded actions with owner and due date", () => {
    const d = domain(
      "serious-harm",
      [dataSet("knife-crime", { figure: 61.2, msg: 48.9, position: "worse", direction: "stable", series: [60.1, 62.4, 61.2] })],
      { grade: "Fair", actions: [action("Knife arches at railway stations on Friday nights", "Chief Superintendent, Operations", "March 2010")] },
    );
    const report = writeDomainReport(force("Essex", [d]), d);
    expect(answer(report, 0)).toBe("No data set was clearly better than similar forces or improving.");
    expect(answer(report, 2)).toBe(
      "Essex has recorded one action to improve. Knife arches at railway stations on Friday nights. " +
        "Owner: Chief Superintendent, Operations. Due: March 2010.",
    );
    expect(report.summary).toBe("We recommend the grade Fair. A person decides the final grade.");
  });

  it("says plainly when nothing is worse or getting worse", () => {
    const d = domain("confidence", [dataSet("satisfaction", { figure: 84.1, msg: 81.0, position: "better", direction: "improved", series: [80.2, 82.5, 84.1] })]);
    const report = writeDomainReport(force("Dorset", [d]), d);
    expect(answer(report, 1)).toBe("No data set was clearly worse than similar forces or getting worse.");
    expect(answer(report, 0)).toContain("In Dorset, 84.1% of victims were satisfied with the whole service in 2008/09, against 81.0% for similar forces.");
    expect(answer(report, 0)).toContain("That is better than before. The change is too big to put down to chance.");
  });

  it("says there were no figures, and no grade, when a domain has no data", () => {
    const d = domain("serious-harm", [dataSet("knife-crime", { figure: null }), dataSet("gun-crime", { figure: null })], { grade: null });
    const report = writeDomainReport(force("Kent", [d]), d);
    expect(report.otherFindings).toBe("There were no figures for any data set in this area.");
    expect(answer(report, 0)).toBe("With no figures, no data set can be listed here.");
    expect(report.summary).toBe("We could not recommend a grade, as there were no figures to grade. A person decides the grade.");
  });

  it("says when a group was derived rather than official", () => {
    const d = domain("local-crime", [dataSet("robbery", { figure: 0.6, msg: 0.66, position: "better", direction: "stable" })]);
    const text = domainReportText(writeDomainReport(force("Kent", [d], { groupSource: "derived" }), d));
    expect(text).toContain("This group was worked out from local figures, not taken from an official list.");
  });

  it("puts an improving data set that is still worse than similar forces under both answers, each side once", () => {
    const d = domain("local-crime", [dataSet("burglary", { figure: 11.2, msg: 9.4, position: "worse", direction: "improved", series: [13.0, 12.1, 11.2] })]);
    const report = writeDomainReport(force("Kent", [d]), d);
    expect(answer(report, 0)).toBe(
      "For burglary, the figure went from 13.0 to 12.1 to 11.2 per 1,000 households in the three years to 2008/09. " +
        "That is better than before. The change is too big to put down to chance.",
    );
    // (11.2 - 9.4) / 9.4 = +19.1%.
    expect(answer(report, 1)).toContain("Kent had 11.2 burglaries per 1,000 households in 2008/09, against 9.4 for similar forces.");
    expect(answer(report, 1)).toContain("That is 19% higher than the group's figure, which is worse.");
    expect(answer(report, 1)).not.toContain("13.0");
  });
});

describe("value for money", () => {
  const kent = force("Kent", [kentValueForMoney()]);
  const report = writeDomainReport(kent, kentValueForMoney());
  const text = domainReportText(report);

  it("is a profile with no grade, figures against similar forces and all forces", () => {
    expect(report.summary).toContain("Value for money has a profile, not a grade.");
    expect(report.summary).toContain(
      // The intro says "similar forces" once; the figure then says "the group". (49,000 - 46,500) / 46,500 = +5.4%.
      "Kent spent £49,000 on each police officer in 2008/09, against £46,500 for the group and £47,200 for all forces. " +
        "The comparison group is made up of the forces most like Kent, its Most Similar Group. " +
        "That is 5% higher than the group's figure. No test of chance was run on this figure. " +
        "It went from £46,100 to £47,800 to £49,000 in the three years to 2008/09. That is a rise.",
    );
    expect(report.summary).toContain("Band D is a middle council tax band, used to compare areas.");
    expect(report.summary).toContain("There were no figures for the cost of each community support officer.");
    expect(text).not.toMatch(/recommend the grade/i);
  });

  it("never says better or worse, even when given such a comparison", () => {
    const odd = domain("value-for-money", [
      dataSet("cost-per-head", { figure: 190, msg: 170, position: "better", direction: "deteriorated", series: [170, 180, 190] }),
    ]);
    const oddText = domainReportText(writeDomainReport(force("Kent", [odd]), odd));
    expect(text).not.toMatch(/\b(better|worse)\b/i);
    expect(oddText).not.toMatch(/\b(better|worse)\b/i);
    // (190 - 170) / 170 = +11.8%.
    expect(oddText).toContain("That is 12% higher than the group's figure.");
    expect(oddText).toContain("That is a rise.");
  });

  it("says missing actions are missing", () => {
    expect(answer(report, 2)).toBe("No action to improve was recorded.");
  });
});

describe("writeForceReport", () => {
  it("covers the domains in catalogue order, explains each term once and flags illustrative data", () => {
    const caaGreen = domain("confidence", [dataSet("satisfaction", { figure: 84.1, msg: 81.0, position: "better", direction: "stable" })], {
      evidence: [evidence("CAA green flag", "", "Work with schools on safety")],
    });
    const kent = force("Kent", [caaGreen, kentValueForMoney(), kentLocalCrime()], { illustrative: true });
    const report = writeForceReport(kent);
    expect(report.domains.map((d) => d.domain)).toEqual(["local-crime", "value-for-money", "confidence"]);
    expect(report.notes).toEqual(["The figures in this report are for illustration only. They are not official figures."]);
    const all = report.domains.map(domainReportText).join("\n\n");
    expect(all.match(/forces most like Kent/g)).toHaveLength(1);
    expect(all.match(/Comprehensive Area Assessment/g)).toHaveLength(1);
    expect(all).toContain("The CAA gave the force a green flag, which marks work that others can learn from.");
  });
});
