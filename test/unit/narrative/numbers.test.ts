import fc from "fast-check";
import { dataSetById } from "../../../src/engine/catalogue/dataSets";
import { countWords, decimalsFor, figureStyle, formatFigure, formatFigures, formatNumber } from "../../../src/engine/narrative/numbers";

const ds = (id: string) => {
  const d = dataSetById(id);
  if (!d) throw new Error(id);
  return d;
};

describe("number formatting", () => {
  it("chooses decimals by magnitude, en-GB with thousands separators", () => {
    expect(formatNumber(0.6)).toBe("0.60");
    expect(formatNumber(7.94)).toBe("7.9");
    expect(formatNumber(124.4)).toBe("124");
    expect(formatNumber(49_000)).toBe("49,000");
    expect(formatNumber(1_234_567.8)).toBe("1,234,568");
    expect(formatNumber(0)).toBe("0");
    expect(formatNumber(Number.NaN)).toBe("");
    expect(decimalsFor(99.96)).toBe(1);
  });

  it("writes money with £, proportions with % and gaps in points", () => {
    expect(figureStyle(ds("cost-per-officer"))).toBe("money");
    expect(formatFigure(49_000, ds("cost-per-officer"))).toBe("£49,000");
    expect(formatFigure(98.5, ds("band-d"))).toBe("£98.50");
    expect(formatFigure(14.34, ds("burglary-detections"))).toBe("14.3%");
    expect(formatFigure(62, ds("satisfaction"))).toBe("62.0%");
    expect(formatFigure(4.2, ds("comparative-satisfaction"))).toBe("4.2 points");
    expect(formatFigure(-2, ds("comparative-satisfaction"))).toBe("-2.0 points");
    expect(formatFigure(0.6, ds("robbery"))).toBe("0.60");
    expect(formatFigure(Number.POSITIVE_INFINITY, ds("robbery"))).toBe("");
  });

  it("shows figures side by side with the same decimals, and more when a real gap would be hidden", () => {
    expect(formatFigures([0.6, 0.66], ds("robbery"))).toEqual(["0.60", "0.66"]);
    expect(formatFigures([7.9, 9.4], ds("burglary"))).toEqual(["7.9", "9.4"]);
    expect(formatFigures([0.601, 0.604], ds("robbery"))).toEqual(["0.601", "0.604"]);
    expect(formatFigures([98, 130], ds("band-d"))).toEqual(["£98", "£130"]);
    expect(formatFigures([130.4, 130.2], ds("band-d"))).toEqual(["£130.40", "£130.20"]);
    expect(formatFigures([0.6, 0.6], ds("robbery"))).toEqual(["0.60", "0.60"]);
  });

  it("writes small counts in words", () => {
    expect(countWords(1)).toBe("one");
    expect(countWords(9)).toBe("nine");
    expect(countWords(12)).toBe("12");
  });
});

describe("formatNumber against Intl.NumberFormat (the platform's own en-GB formatting)", () => {
  const intl = (value: number, decimals: number) => {
    const text = new Intl.NumberFormat("en-GB", { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
    return /^-0[.,]?0*$/.test(text) ? text.slice(1) : text;
  };

  it("writes the same digits, separators and signs for any finite number", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e22, max: 1e22 }), fc.integer({ min: 0, max: 6 }), (value, decimals) => {
        expect(formatNumber(value, decimals)).toBe(intl(value, decimals));
      }),
      { numRuns: 20_000 },
    );
  });

  it("rounds halves as Intl does, including ties that binary fractions make uneven", () => {
    for (const [value, decimals] of [[0.5, 0], [1.5, 0], [2.5, 0], [-2.5, 0], [1.005, 2], [1.015, 2], [0.125, 2], [-0.125, 2], [999.995, 2], [999999.5, 0], [-0, 2], [-0.001, 2], [1234567.891, 1], [0.0001, 2]] as const) {
      expect(formatNumber(value, decimals)).toBe(intl(value, decimals));
    }
  });
});
