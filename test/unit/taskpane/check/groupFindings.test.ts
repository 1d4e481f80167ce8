import { checkWorkbook, type WorkbookSnapshot } from "../../../../src/engine/workbook";
import { forForce, groupFindings, needsTemplate } from "../../../../taskpane/check/groupFindings";
import { readinessOf } from "../../../../taskpane/session/readiness";
import { setCell, validSnapshot } from "../../workbook/builders";

const empty: WorkbookSnapshot = { sheets: ["Sheet1"], tables: [], about: {} } as unknown as WorkbookSnapshot;

describe("the Check view's grouping and readiness", () => {
  it("groups repeats of one code, with the fix once when it is the same for all", () => {
    const findings = checkWorkbook(
      validSnapshot((r) => {
        setCell(r, "Survey", 0, 4, 84);
        setCell(r, "Survey", 1, 4, 90);
      }),
    );
    const [warnings] = groupFindings(findings);
    expect(warnings?.severity).toBe("warning");
    expect(warnings?.groups).toHaveLength(1);
    expect(warnings?.groups[0]?.findings).toHaveLength(2);
    expect(warnings?.groups[0]?.sharedFix).toMatch(/^Check the figure/);
    expect(readinessOf(findings).line).toBe("Ready to assess: 0 errors, 2 warnings");
  });

  it("keeps the findings about one force, and those about no force in particular", () => {
    const findings = checkWorkbook(validSnapshot((r) => setCell(r, "Survey", 0, 4, 84)));
    const force = String(findings[0]?.params.force);
    expect(forForce(findings, force)).toHaveLength(1);
    expect(forForce(findings, "Nowhere")).toHaveLength(0);
  });

  it("says an empty workbook needs the template, with one group of missing sheets", () => {
    const findings = checkWorkbook(empty);
    expect(needsTemplate(findings)).toBe(true);
    const errors = groupFindings(findings).find((g) => g.severity === "error");
    expect(errors?.groups.map((g) => g.code)).toEqual(["missing-sheet"]);
    expect(readinessOf(findings).line).toMatch(/^Not ready to assess: \d+ errors, 0 warnings$/);
    expect(needsTemplate(checkWorkbook(validSnapshot((r) => setCell(r, "Data", 0, 3, "many"))))).toBe(false);
  });
});
