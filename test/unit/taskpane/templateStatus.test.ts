import { templateStatus } from "../../../taskpane/session/templateStatus";
import { inputSheets, type WorkbookSnapshot } from "../../../src/engine/workbook";

const snapshot = (sheets: readonly string[], version: string | number): WorkbookSnapshot =>
  ({ sheets: [...sheets], tables: [], about: { "Template version": version } }) as unknown as WorkbookSnapshot;

describe("the Home view's template status", () => {
  it("does not call a 1.0 workbook partial for lacking the Responses sheet that 1.1 added, but says its version differs", () => {
    const old = inputSheets.filter((s) => s !== "Responses");
    expect(templateStatus(snapshot(old, 1))).toEqual({ kind: "other-version", version: "1" });
  });

  it("calls a 1.1 workbook without Responses partial", () => {
    const old = inputSheets.filter((s) => s !== "Responses");
    expect(templateStatus(snapshot(old, "1.1"))).toEqual({ kind: "partial", missing: ["Responses"], version: "1.1" });
  });
});
