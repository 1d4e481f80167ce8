import { describeRuntime } from "./describeRuntime";

describe("describeRuntime", () => {
  it("names the Excel platform in the users' words", () => {
    expect(describeRuntime({ kind: "excel", platform: "OfficeOnline" })).toBe("Running in Excel on the web.");
    expect(describeRuntime({ kind: "excel", platform: "PC" })).toBe("Running in Excel for Windows.");
    expect(describeRuntime({ kind: "excel", platform: "Something new" })).toBe("Running in Excel.");
  });

  it("says when it is the preview or outside Excel", () => {
    expect(describeRuntime({ kind: "preview" })).toMatch(/^This is the preview/);
    expect(describeRuntime({ kind: "office-page-outside-excel" })).toMatch(/outside Excel/);
  });
});
