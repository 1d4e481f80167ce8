import { customFunctions } from "../../../src";

// DIRECTION by the assessment's own routine: the exact conditional test for rates, and a reference
// change (England and Wales: the sum over all forces) when one is given.
function excel(...args: unknown[]): unknown {
  try {
    return (customFunctions.DIRECTION as (...a: unknown[]) => unknown)(...args);
  } catch (error) {
    const e = error as { code?: string; message?: string };
    if (typeof e.code === "string" && e.code.startsWith("#")) return { code: e.code, message: e.message };
    throw error;
  }
}
const row = (...values: unknown[]) => [values];

describe("DIRECTION", () => {
  it("2 then 9 homicides in equal populations is Stable: the exact test gives p = 2 x 67/2048 = 0.065 (a normal approximation said Deteriorated)", () => {
    expect(excel(row(2, 5, 9), row(1_000_000, 1_000_000, 1_000_000), "homicide")).toBe("Stable");
  });

  it("a fall no bigger than the reference's is Stable; the same fall with no reference is Improved", () => {
    // Kent's vehicle crime 19,525 then 15,042 (populations 1,634,500 and 1,660,100): -24.1%; England and
    // Wales 760,419 then 588,593 (54,038,500 and 54,747,900): -23.6% (the sample's figures).
    const kent = [row(19_525, 17_000, 15_042), row(1_634_500, 1_650_000, 1_660_100)];
    expect(excel(...kent, "vehicle-crime")).toBe("Improved");
    expect(excel(...kent, "vehicle-crime", null, null, null, row(760_419, 680_000, 588_593), row(54_038_500, 54_400_000, 54_747_900))).toBe("Stable");
  });

  it("with the Rules table, a change must also differ from the reference's by the material gap", () => {
    const rules = [["material-gap-rate", null, 0.1], ["material-gap-points", null, 3]];
    // 10,000 then 8,800 against a national fall of 5%: 0.88 / 0.95 - 1 = -7.4%, significant (p < 0.001) but under 10%.
    const series = [row(10_000, 9_400, 8_800), row(1_000_000, 1_000_000, 1_000_000)];
    const national = [row(1_000_000, 975_000, 950_000), row(50_000_000, 50_000_000, 50_000_000)];
    expect(excel(...series, "robbery", null, null, null, ...national)).toBe("Improved");
    expect(excel(...series, "robbery", null, null, rules, ...national)).toBe("Stable");
  });

  it("a reference of fewer than three years is refused", () => {
    expect(excel(row(2, 5, 9), row(1, 1, 1), "homicide", null, null, null, row(1, 2), row(10, 10))).toMatchObject({ code: "#N/A" });
  });
});
