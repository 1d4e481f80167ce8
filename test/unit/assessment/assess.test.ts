import { assessForce, assessmentPlan, readInputs, readSettings, type ForceAssessment } from "../../../src/engine/assessment";
import { applyPlanToSnapshot, findTable, inputSheets, inputSheetsTouched, type CellValue, type WorkbookSnapshot } from "../../../src/engine/workbook";
import { setCell, validSnapshot, withTable } from "../workbook/builders";

// The builders' workbook: Kent, Essex and Surrey, each the others' group; 1,000 robberies a year each on
// populations of 1,000,000, 1,200,000 and 800,000; burglary detections 300 of 1,500 everywhere;
// satisfaction 82.5% of 600 everywhere; costs the same per officer (100,000,000 / 2,000 = £50,000).
// Kent's 2008/09 robberies are set to 700 (Data row index 4: Kent's rows 0-5 alternate robbery and
// burglary detections, year by year).
// These hand checks use the simple interval method (Rules: comparison-method interval): with three
// forces the funnel method's spread between forces is estimated from three points; it is tested below.
function kentBetter(comparison = "interval"): WorkbookSnapshot {
  const s = validSnapshot((rows) => setCell(rows, "Data", 4, 3, 700));
  return withTable(s, "Rules", (t) => ({ ...t, rows: t.rows.map((r) => (r[0] === "comparison-method" ? [r[0], r[1] ?? null, comparison] : r)) }));
}

function assess(snapshot: WorkbookSnapshot, force = "Kent"): ForceAssessment {
  const inputs = readInputs(snapshot);
  const r = assessForce(inputs, readSettings(inputs), force);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

const domain = (a: ForceAssessment, id: string) => a.domains.find((d) => d.domain.id === id)!;
const dataSet = (a: ForceAssessment, id: string) => a.domains.flatMap((d) => d.dataSets).find((s) => s.dataSet.id === id)!;

describe("assessing a force", () => {
  it("with the funnel method (the default), three forces' spread is estimated from the three: 700 against 1,000 is not called better", () => {
    // Kent 0.7, Essex 0.833, Surrey 1.25 per 1,000: each against the other two is far from chance
    // alone, so the spread between forces is large and Kent's gap is within it.
    const robbery = dataSet(assess(kentBetter("funnel")), "robbery");
    expect(robbery.position?.test?.overdispersion.tau2).toBeGreaterThan(0);
    expect(robbery.position?.kind).toBe("similar");
  });

  it("compares robbery with the group and the force's own past, by hand", () => {
    const robbery = dataSet(assess(kentBetter()), "robbery");
    // 700 / 1,000,000 x 1,000 = 0.7; group average, Kent left out (the default):
    // (1,000 + 1,000) / (1,200,000 + 800,000) x 1,000 = 1.0.
    expect(robbery.figure?.estimate).toBeCloseTo(0.7, 10);
    expect(robbery.msgAverage).toBeCloseTo(1.0, 10);
    // SciPy: chi2.ppf(0.025, 1400)/2/1000 = 0.64910 and chi2.ppf(0.975, 1402)/2/1000 = 0.75383, below 1.0.
    expect(robbery.figure?.lower).toBeCloseTo(0.6490977805, 8);
    expect(robbery.figure?.upper).toBeCloseTo(0.7538333621, 8);
    expect(robbery.position?.label).toBe("Significantly better than similar forces");
    // 1,000 to 700 on the same population: z = -300 / sqrt(1,700) = -7.28.
    expect(robbery.direction?.label).toBe("Improved");
    // Rates 0.7 (Kent), 0.833 (Essex), 1.25 (Surrey): lowest is best.
    expect(robbery.rank).toEqual({ rank: 1, of: 3 });
    expect(robbery.peers).toEqual(["Essex", "Surrey"]);
  });

  it("grades from the data, then lets the CAA red flag cap the grade", () => {
    const local = domain(assess(kentBetter()), "local-crime");
    // Robbery better and improved: 2 + 1; burglary detections similar and stable: 0. Mean 1.5: Excellent.
    expect(local.dataRecommendation).toMatchObject({ grade: "Excellent", score: 1.5 });
    // Kent has a CAA red flag in this domain; the Rules cap such a domain at Fair.
    expect(local.adjustments).toEqual([expect.objectContaining({ rule: "red-flag-caps-grade-at", from: "Excellent", to: "Fair" })]);
    expect(local.recommendedGrade).toBe("Fair");
    // Data sets with no rows are shown without figures and left out of the grade.
    expect(dataSet(assess(kentBetter()), "vehicle-crime")).toMatchObject({ figure: null, position: null });
  });

  it("gives value for money a profile against similar forces and all forces, never a grade", () => {
    const vfm = domain(assess(kentBetter()), "value-for-money");
    expect(vfm.recommendedGrade).toBeNull();
    const officer = dataSet(assess(kentBetter()), "cost-per-officer");
    expect(officer.figure?.estimate).toBe(50_000);
    expect(officer.allForcesAverage).toBe(50_000);
    expect(officer.position?.label).toBe("Similar to similar forces");
    // Finance has 2008/09 only: no direction, said as an issue rather than a made-up Stable.
    expect(officer.direction).toBeNull();
    expect(officer.issues.map((i) => i.code)).toContain("blank-value");
  });

  it("uses the Rules: a different confidence level and grade thresholds", () => {
    const snapshot = validSnapshot((rows) => {
      setCell(rows, "Data", 4, 3, 700);
      rows.Rules = [
        ["confidence-level", "", 0.999],
        ["minimum-score-grade-1", "", 2],
        ["red-flag-caps-grade-at", "", "Poor"],
      ];
    });
    const local = domain(assess(snapshot), "local-crime");
    // Mean 1.5 is now under Excellent's minimum of 2: Good; the red flag caps at Poor.
    expect(local.dataRecommendation?.grade).toBe("Good");
    expect(local.recommendedGrade).toBe("Poor");
  });

  it("suggests the closest name for a force not in the Forces table", () => {
    const inputs = readInputs(kentBetter());
    const r = assessForce(inputs, readSettings(inputs), "Knet");
    expect(!r.ok && r.issues[0]).toMatchObject({ code: "force-not-found", params: { suggestion: "Kent" } });
  });
});

describe("writing the assessment to the workbook", () => {
  const report = (a: ForceAssessment) => ({ force: a.force, domains: a.domains.map((d) => ({ domain: d.domain.name, answers: [{ question: "What does the force do well?", text: `Text for ${d.domain.name}.` }] })) });
  const run = (snapshot: WorkbookSnapshot, forces = ["Kent", "Essex", "Surrey"]) => {
    const inputs = readInputs(snapshot);
    const settings = readSettings(inputs);
    const assessments = forces.map((f) => {
      const r = assessForce(inputs, settings, f);
      if (!r.ok) throw new Error("assessment failed");
      return r.value;
    });
    return assessmentPlan(snapshot, assessments, assessments.map(report), () => 70);
  };
  const rowsOf = (s: WorkbookSnapshot, sheet: string) => findTable(s, sheet)?.rows.map((r) => [...r]) ?? [];

  it("never writes an input sheet and writes no NaN or Infinity", () => {
    const { plan } = run(kentBetter());
    expect(inputSheetsTouched(plan)).toEqual([]);
    const cells = plan.tables.flatMap((t) => t.rows.flat());
    expect(cells.some((v) => typeof v === "number" && !Number.isFinite(v))).toBe(false);
    expect(plan.tables.map((t) => t.sheet)).toEqual(["Assessment", "Report", "Profile", "Trace", "Comments"]);
  });

  it("is idempotent: the same input gives the same output", () => {
    const first = applyPlanToSnapshot(kentBetter(), run(kentBetter()).plan);
    const second = applyPlanToSnapshot(first, run(first).plan);
    for (const sheet of ["Assessment", "Report", "Profile", "Trace", "Comments"]) expect(rowsOf(second, sheet)).toEqual(rowsOf(first, sheet));
    for (const sheet of inputSheets) expect(rowsOf(second, sheet)).toEqual(rowsOf(kentBetter(), sheet));
  });

  it("keeps final grades, reasons and statuses across runs, and keeps other forces' rows on a one-force run", () => {
    const first = applyPlanToSnapshot(kentBetter(), run(kentBetter()).plan);
    const assessment = findTable(first, "Assessment")!;
    const edited: CellValue[][] = assessment.rows.map((r) => (r[0] === "Kent" && r[1] === "Local Crime and Policing" ? ["Kent", r[1] ?? null, r[2] ?? null, "Good", "Burglary plan already working", "A. Inspector", "2009-06-30", "Shared for comment"] : [...r]));
    const withDecision = { ...first, tables: first.tables.map((t) => (t.sheet === "Assessment" ? { ...t, rows: edited } : t)) };
    const rerun = applyPlanToSnapshot(withDecision, run(withDecision, ["Kent"]).plan);
    const kent = rowsOf(rerun, "Assessment").find((r) => r[0] === "Kent" && r[1] === "Local Crime and Policing");
    expect(kent).toEqual(["Kent", "Local Crime and Policing", "Fair", "Good", "Burglary plan already working", "A. Inspector", "2009-06-30", "Shared for comment"]);
    expect(rowsOf(rerun, "Assessment").filter((r) => r[0] === "Essex")).toHaveLength(3);
  });

  it("keeps a report from Final while a comment has no response, and flags an override with no reason", () => {
    const first = applyPlanToSnapshot(kentBetter(), run(kentBetter()).plan);
    const tables = first.tables.map((t) => {
      if (t.sheet === "Assessment") return { ...t, rows: t.rows.map((r) => (r[0] === "Kent" && r[1] === "Confidence and Satisfaction" ? [...r.slice(0, 3), "Excellent", "", "", "", "Final"] : [...r])) };
      if (t.sheet === "Comments") return { ...t, rows: [["Kent", "", "Kent Police", "2009-06-01", "The survey sample was small.", ""]] };
      return t;
    });
    const { plan, findings } = run({ ...first, tables });
    const row = plan.tables.find((t) => t.sheet === "Assessment")!.rows.find((r) => r[0] === "Kent" && r[1] === "Confidence and Satisfaction");
    expect(row?.[7]).toBe("Shared for comment");
    expect(findings.map((f) => f.code).sort()).toEqual(["final-with-open-comment", "override-without-reason"]);
    // Comments belong to people once created: the plan leaves the sheet alone.
    expect(plan.tables.map((t) => t.sheet)).not.toContain("Comments");
  });
});
