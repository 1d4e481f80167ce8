import { assessForce, assessmentPlan, gradeDomain, readInputs, readSettings, type ForceAssessment } from "../../../src/engine/assessment";
import { checkWorkbook, type CellValue, type WorkbookSnapshot } from "../../../src/engine/workbook";
import { setCell, validSnapshot, withTable } from "../workbook/builders";

// The builders' workbook (Kent, Essex, Surrey, each the others' group) with Kent's 2008/09 robberies at
// 700, compared by the simple interval test, as in assess.test.ts: robbery better (2) and improved (1),
// burglary detections similar (0) and stable (0): mean 1.5, so the figures alone point to Excellent.
// `name` renames Kent everywhere (Forces, Data, Survey, Finance, MSG, Evidence, Actions).
function workbook(name: string, evidence: CellValue[][] | undefined, rules: Record<string, CellValue> = {}): WorkbookSnapshot {
  const s = validSnapshot((rows) => {
    setCell(rows, "Data", 4, 3, 700);
    for (const table of Object.values(rows)) for (const row of table) row.forEach((v, i) => (row[i] = v === "Kent" ? name : v));
    if (evidence) rows.Evidence = evidence;
  });
  const all: Record<string, CellValue> = { "comparison-method": "interval", ...rules };
  return withTable(s, "Rules", (t) => ({ ...t, rows: t.rows.map((r) => (typeof r[0] === "string" && r[0] in all ? [r[0], r[1] ?? null, all[r[0]] ?? null] : r)) }));
}

function assess(snapshot: WorkbookSnapshot, force: string): ForceAssessment {
  const inputs = readInputs(snapshot);
  const r = assessForce(inputs, readSettings(inputs), force);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

const local = (a: ForceAssessment) => a.domains.find((d) => d.domain.id === "local-crime")!;
const defaults = () => readSettings(readInputs(validSnapshot()));

describe("inspection evidence caps the grade", () => {
  it("Humberside-like: a Neighbourhood Policing judgement of Poor caps figures that point to Excellent at Fair", () => {
    const s = workbook("Humberside", [["Humberside", "Local Crime and Policing", "Neighbourhood Policing judgement", "Poor", "2008 inspection of neighbourhood policing", "test"]]);
    const d = local(assess(s, "Humberside"));
    expect(d.dataRecommendation).toMatchObject({ grade: "Excellent", score: 1.5 });
    expect(d.recommendedGrade).toBe("Fair");
    expect(d.adjustments).toEqual([
      expect.objectContaining({ rule: "adverse-judgement-caps-grade-at", from: "Excellent", to: "Fair", evidence: expect.objectContaining({ kind: "Neighbourhood Policing judgement", judgement: "Poor", detail: "2008 inspection of neighbourhood policing" }) }),
    ]);
    // The Trace sheet says which judgement, of which kind, with its detail.
    const trace = assessmentPlan(s, [assess(s, "Humberside")], [], () => 70).plan.tables.find((t) => t.sheet === "Trace")!;
    const evidenceRows = trace.rows.filter((r) => r[0] === "Humberside" && r[2] === "Evidence").map((r) => String(r[3]));
    expect(evidenceRows).toEqual([expect.stringMatching(/^An adverse judgement, "Poor" \(Neighbourhood Policing judgement: 2008 inspection of neighbourhood policing\), caps the grade at Fair\. Excellent becomes Fair\.$/)]);
  });

  it("Devon and Cornwall-like: major crime \"Not meeting the standard\" caps Serious Harm at Fair, whatever the case and spacing", () => {
    // Two data sets better (2) and improved (1): mean 3, Excellent from the data.
    const items = [
      { dataSet: "Serious sexual offences detections", position: "better", direction: "improved" },
      { dataSet: "Drug trafficking", position: "better", direction: "improved" },
    ];
    const evidence = [{ kind: "Major crime", judgement: "not meeting  the Standard", detail: "", source: "Protective services inspection" }];
    const graded = gradeDomain(items, evidence, defaults());
    expect(graded.fromData?.grade).toBe("Excellent");
    expect(graded.grade).toBe("Fair");
    expect(graded.adjustments).toEqual([expect.objectContaining({ rule: "adverse-judgement-caps-grade-at", from: "Excellent", to: "Fair" })]);
  });

  it("caps, never raises: figures that point to Poor stay Poor; a favourable judgement changes nothing", () => {
    const items = [{ dataSet: "Robbery", position: "worse", direction: "deteriorated" }];
    expect(gradeDomain(items, [{ kind: "Major crime", judgement: "Poor", detail: "", source: "" }], defaults()).grade).toBe("Poor");
    const good = [{ dataSet: "Robbery", position: "better", direction: "improved" }];
    expect(gradeDomain(good, [{ kind: "Major crime", judgement: "Good", detail: "", source: "" }], defaults()).grade).toBe("Excellent");
  });

  it("reads the list and the cap grade from the Rules", () => {
    const evidence = [["Kent", "Local Crime and Policing", "Neighbourhood Policing judgement", "Weak", null, "test"]];
    expect(local(assess(workbook("Kent", evidence), "Kent")).recommendedGrade).toBe("Excellent");
    const custom = workbook("Kent", evidence, { "adverse-judgements": "Weak; Poor", "adverse-judgement-caps-grade-at": "Good" });
    expect(local(assess(custom, "Kent")).recommendedGrade).toBe("Good");
    // The checker reads the same list: a Weak judgement with no action is an area needing improvement.
    const noAction = withTable(custom, "Actions", (t) => ({ ...t, rows: [] }));
    expect(checkWorkbook(noAction).map((f) => [f.code, f.sheet, f.cell])).toContainEqual(["no-action-recorded", "Evidence", "D2"]);
  });
});

describe("CAA flags count for English forces only", () => {
  it("a red flag on a Welsh force is ignored by the grade, and the checker warns at its Kind cell", () => {
    // The builders' Evidence row: the force, Local Crime and Policing, CAA red flag, "Burglary rising".
    const s = workbook("Dyfed-Powys", undefined);
    const d = local(assess(s, "Dyfed-Powys"));
    expect(d.recommendedGrade).toBe("Excellent");
    expect(d.adjustments).toEqual([]);
    expect(checkWorkbook(s).map((f) => [f.code, f.severity, f.sheet, f.cell])).toEqual([["caa-flag-wales", "warning", "Evidence", "C2"]]);
    // The same flag on an English force caps the grade and gives no warning.
    const kent = workbook("Kent", undefined);
    expect(local(assess(kent, "Kent")).recommendedGrade).toBe("Fair");
    expect(checkWorkbook(kent)).toEqual([]);
  });

  it("a Welsh force's inspection judgements still count", () => {
    const s = workbook("South Wales", [["South Wales", "Local Crime and Policing", "Neighbourhood Policing judgement", "Poor", null, "test"], ["South Wales", "Local Crime and Policing", "CAA green flag", null, null, "test"]]);
    const d = local(assess(s, "South Wales"));
    expect(d.recommendedGrade).toBe("Fair");
    expect(d.adjustments.map((a) => a.rule)).toEqual(["adverse-judgement-caps-grade-at"]);
  });
});
