import { readCount, readDivisor, readLevel, readNumber } from "../../src/engine/input";

const name = { label: "Offences" };

describe("reading a value from a cell or caller", () => {
  it.each([
    [null, "blank-value"],
    [undefined, "blank-value"],
    ["", "blank-value"],
    ["12", "not-a-number"],
    [true, "not-a-number"],
    [Number.NaN, "not-a-number"],
    [Number.POSITIVE_INFINITY, "not-a-number"],
  ])("rejects %p with %s", (value, code) => {
    const r = readNumber(value, name);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.code)).toEqual([code]);
  });

  it("keeps 0 as a number: only a blank is missing", () => {
    expect(readNumber(0, name)).toEqual({ ok: true, value: 0, warnings: [] });
  });

  it.each([
    [-1, "negative-count"],
    [2.5, "fractional-count"],
  ])("rejects the count %p with %s", (value, code) => {
    const r = readCount(value, name);
    expect(!r.ok && r.issues[0]?.code).toBe(code);
  });

  it("names the argument and the measure when a divisor is zero", () => {
    const r = readDivisor(0, { label: "Officer FTE" }, "cost per officer");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]).toMatchObject({ code: "zero-denominator", path: { argument: "Officer FTE" }, params: { measure: "cost per officer" } });
  });

  it.each([0, 1, -0.5, 95])("rejects the confidence level %p", (level) => {
    expect(readLevel(level).ok).toBe(false);
  });
});
