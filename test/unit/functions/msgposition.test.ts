import { column, excel, forces, kentMsg as msg, one, population, robberies } from "./call";
import { blankRules } from "./blankRules";

const interval = [["comparison-method", "How a force is compared", "interval"]];

describe("MSGPOSITION", () => {
  it("says it in words, by the Rules' funnel comparison by default", () => {
    // By hand: the group's rate without Kent t = 3,493 / 5,196,200 = 0.6722 per 1,000; Kent 0.6027.
    // The standard error of the gap under t: sqrt(t (1/1,684,100 + 1/5,196,200)) = 2.299e-5 per person,
    // z = (0.0006027 - 0.0006722) / 2.299e-5 = -3.02, two-sided p = 0.0025 < 0.05; the gap is -10.3%,
    // at least the material 10%. Only Kent and Sussex have groups, too few to estimate a spread.
    expect(one(excel("MSGPOSITION", "Kent", msg, forces, robberies, population))).toBe("Significantly lower than similar forces");
    expect(one(excel("MSGPOSITION", "Kent", msg, forces, robberies, population, "lower"))).toBe("Significantly better than similar forces");
    expect(one(excel("MSGPOSITION", "Kent", msg, forces, robberies, population, null, "robbery"))).toBe("Significantly better than similar forces");
    expect(excel("MSGPOSITION", "Kent", msg, forces, robberies, population, "sideways")).toMatchObject({ code: "#VALUE!" });
  });

  it("calls a gap under the material gap similar, where the interval test would not", () => {
    // Ten times the figures, Kent at 10,755: 0.6386 per 1,000 against the group's 34,930 / 51,962,000 =
    // 0.6722, a gap of -5.0%. Kent's exact 95% interval, 10,755 +/- 1.96 sqrt(10,755) = 10,552 to 10,958
    // over 16,841 thousand = 0.6266 to 0.6507, lies below 0.6722 (the interval test says "Significantly
    // lower"), but 5% is under the material 10%, so the funnel comparison says similar.
    const big = column(13050, 11540, 10755, 10340);
    const people = population.map(([p]) => [(p as number) * 10]);
    expect(one(excel("MSGPOSITION", "Kent", msg, forces, big, people, "robbery"))).toBe("Similar to similar forces");
    expect(one(excel("MSGPOSITION", "Kent", msg, forces, big, people, "robbery", null, null, interval))).toBe("Significantly better than similar forces");
  });

  it("takes a column of forces: one position each, an error named by force", () => {
    const out = excel("MSGPOSITION", column("Kent", "Surrey"), msg, forces, robberies, population, "robbery") as unknown[][];
    expect(out[0]).toEqual(["Significantly better than similar forces"]);
    expect(out[1]![0]).toMatchObject({ code: "#N/A", message: expect.stringContaining("Surrey") });
  });

  it("takes a design effect per force, as long as the forces, or one value", () => {
    const percentages = column(60, 58, 64, 61);
    const sizes = column(800, 800, 800, 800);
    const one1 = excel("MSGPOSITION", "Kent", msg, forces, percentages, sizes, "satisfaction", null, 1.5);
    const perForce = excel("MSGPOSITION", "Kent", msg, forces, percentages, sizes, "satisfaction", null, column(1, 1, 1.5, 1));
    expect(perForce).toEqual(one1);
    expect(excel("MSGPOSITION", "Kent", msg, forces, percentages, sizes, "satisfaction", null, column(1, 1.5))).toMatchObject({ code: "#VALUE!" });
  });
});

describe("MSGPOSITION on comparative satisfaction given both groups", () => {
  // White victims' satisfaction and sample size, then minority ethnic victims', side by side (FIGURES'
  // columns 4 and 6, then 5 and 7). Kent's gap is 90 - 80 = 10 points; Essex's and Hampshire's 2; Sussex's 2.
  const msg3 = [["Force", "Peer"], ["Kent", "Essex"], ["Kent", "Hampshire"], ["Essex", "Kent"]];
  const names = column("Essex", "Hampshire", "Kent", "Sussex");
  const percentages = [[85, 83], [88, 86], [90, 80], [70, 68]];
  const sizes = [[4000, 1000], [4000, 1000], [4000, 1000], [4000, 1000]];
  it("tests the gap from both groups' sample sizes, with the design effect", () => {
    // By hand, variances in squared points, p (100 - p) / n for each group, summed:
    // Kent 90 x 10 / 4,000 + 80 x 20 / 1,000 = 0.225 + 1.6 = 1.825; Essex 85 x 15 / 4,000 + 83 x 17 / 1,000
    // = 0.31875 + 1.411 = 1.72975; Hampshire 88 x 12 / 4,000 + 86 x 14 / 1,000 = 0.264 + 1.204 = 1.468.
    // The group's mean gap is 2; z = (10 - 2) / sqrt(1.825 + (1.72975 + 1.468) / 4) = 8 / 1.62001 = 4.94,
    // p < 0.0001, and 8 points is beyond the material 3: a bigger gap is worse.
    expect(one(excel("MSGPOSITION", "Kent", msg3, names, percentages, sizes, "comparative-satisfaction"))).toBe("Significantly worse than similar forces");
    // A design effect of 25 multiplies every variance by 25: z = 4.94 / 5 = 0.99, p = 0.32: similar.
    expect(one(excel("MSGPOSITION", "Kent", msg3, names, percentages, sizes, "comparative-satisfaction", null, 25))).toBe("Similar to similar forces");
  });

  it("judges a gap given alone as a figure with no sampling error, as before", () => {
    const gaps = column(2, 2, 10, 2);
    expect(one(excel("MSGPOSITION", "Kent", msg3, names, gaps, gaps, "comparative-satisfaction", null, 25))).toBe("Worse than similar forces");
  });

  it("refuses sample sizes that are not two columns", () => {
    expect(excel("MSGPOSITION", "Kent", msg3, names, percentages, column(4000, 4000, 4000, 4000), "comparative-satisfaction")).toMatchObject({ code: "#VALUE!", message: expect.stringContaining("side by side") });
  });
});

blankRules("MSGPOSITION", ["Kent", msg, forces, robberies, population, "lower", "rate"]);
