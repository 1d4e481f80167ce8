import { axisFor, intervalChart, intervalChartLayout, linearScale, niceStep, seriesChart, seriesChartLayout } from "../../../src/engine/publish/chartGeometry";

const r6 = (n: number): number => Number(n.toFixed(6));
const round = (o: object): Record<string, unknown> => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === "number" ? r6(v) : v]));

describe("chart geometry", () => {
  it("picks round steps of 1, 2, 2.5 or 5 times a power of ten", () => {
    expect([niceStep(25, 5), niceStep(10, 5), niceStep(1.2, 5), niceStep(9000, 4), niceStep(0, 5)]).toEqual([5, 2, 0.25, 2500, 1]);
  });

  it("starts every axis at nought and ends it on a round step", () => {
    expect(axisFor([8, 25, 12])).toEqual({ min: 0, max: 25, ticks: [0, 5, 10, 15, 20, 25] });
    expect(axisFor([0.61, 0.83])).toEqual({ min: 0, max: 1, ticks: [0, 0.2, 0.4, 0.6, 0.8, 1] });
    expect(axisFor([-3, 4]).min).toBe(-4);
    expect(axisFor([0, 0])).toEqual({ min: 0, max: 1, ticks: [0, 1] });
  });

  it("maps a domain onto a range, either way up", () => {
    expect(linearScale([0, 10], [100, 0]).at(2.5)).toBe(75);
    expect(linearScale([5, 5], [0, 10]).at(5)).toBe(5);
  });

  it("lays out a two-force group chart (checked by hand)", () => {
    // Axis 0 to 25 across x = 16 to 384 (width 400, margin 16): x(v) = 16 + v / 25 x 368.
    const layout = intervalChartLayout(
      [
        { label: "A", estimate: 10, lower: 8, upper: 12, isForce: true },
        { label: "B", estimate: 20, lower: 15, upper: 25, isForce: false },
      ],
      [{ label: "Average", value: 15 }],
    );
    expect(intervalChart.width).toBe(400);
    expect(layout.ticks.map((t) => [t.value, r6(t.x)])).toEqual([[0, 16], [5, 89.6], [10, 163.2], [15, 236.8], [20, 310.4], [25, 384]]);
    const [a, b] = layout.rows.map(round);
    expect(a).toMatchObject({ x: 163.2, xLower: 133.76, xUpper: 192.64, labelY: 22, y: 38 });
    expect(b).toMatchObject({ x: 310.4, xLower: 236.8, xUpper: 384, labelY: 62, y: 78 });
    expect(round(layout.averages[0] ?? {})).toMatchObject({ x: 236.8, legendY: 136 });
    // Two rows of 40 from 8: rows end at 88; axis 32; one legend line of 22; 4 to spare.
    expect([layout.plotTop, layout.plotBottom, layout.height]).toEqual([8, 88, 146]);
  });

  it("lays out a three-year chart (checked by hand)", () => {
    // Plot 12 to 228 wide (216 / 3 = 72 per year), 24 to 102 high; axis 0 to 10: y(v) = 102 - v / 10 x 78.
    const layout = seriesChartLayout([
      { label: "2006/07", value: 10 },
      { label: "2007/08", value: 8 },
      { label: "2008/09", value: 6 },
    ]);
    expect([seriesChart.width, seriesChart.height]).toEqual([240, 130]);
    expect(layout.points.map((p) => [r6(p.x), r6(p.y)])).toEqual([[48, 24], [120, 39.6], [192, 55.2]]);
  });
});
