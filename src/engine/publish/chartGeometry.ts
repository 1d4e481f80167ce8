/**
 * Where the marks of the published site's charts go: pure arithmetic, no DOM. Every axis starts at
 * nought (or below, for a negative figure), so a small gap is never drawn as a large one.
 */

/** A scale from figures to drawing units: `at(domain[0])` is `range[0]`, `at(domain[1])` is `range[1]`. */
export interface LinearScale {
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
  readonly at: (value: number) => number;
}

/** A linear scale; an empty domain (both ends equal) maps everything to the middle of the range. */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  const at = (value: number): number => (span === 0 ? (r0 + r1) / 2 : r0 + ((value - d0) / span) * (r1 - r0));
  return { domain, range, at };
}

const tidy = (n: number): number => Number(n.toPrecision(12));

/** A round step near `span / count`: 1, 2, 2.5 or 5 times a power of ten. */
export function niceStep(span: number, count: number): number {
  if (!(span > 0) || !(count > 0)) return 1;
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
  return tidy(nice * power);
}

/**
 * The axis for these figures: from nought (or the lowest figure, when negative) to the first round step
 * at or above the highest, with its ticks. All figures nought gives 0 to 1.
 */
export function axisFor(values: readonly number[], count = 5): { readonly min: number; readonly max: number; readonly ticks: readonly number[] } {
  const finite = values.filter(Number.isFinite);
  const low = Math.min(0, ...finite);
  const high = Math.max(0, ...finite);
  if (high === low) return { min: low, max: low + 1, ticks: [low, low + 1] };
  const step = niceStep(high - low, count);
  const min = tidy(Math.floor(low / step) * step);
  const max = tidy(Math.ceil(high / step) * step);
  const ticks: number[] = [];
  for (let i = 0; tidy(min + i * step) <= max; i++) ticks.push(tidy(min + i * step));
  return { min, max, ticks };
}

/** One member of a group chart: a figure with its interval (equal limits when there is no sampling error). */
export interface IntervalInput {
  readonly label: string;
  readonly estimate: number;
  readonly lower: number;
  readonly upper: number;
  /** The force the page is about. */
  readonly isForce: boolean;
}

/** An average drawn across the group chart, as a vertical line. */
export interface AverageInput {
  readonly label: string;
  readonly value: number;
}

export interface IntervalRowLayout extends IntervalInput {
  /** Baseline of the row's label. */
  readonly labelY: number;
  /** Height of the interval line and the marker. */
  readonly y: number;
  readonly x: number;
  readonly xLower: number;
  readonly xUpper: number;
}

export interface IntervalChartLayout {
  readonly width: number;
  readonly height: number;
  readonly plotLeft: number;
  readonly plotRight: number;
  readonly plotTop: number;
  readonly plotBottom: number;
  readonly rows: readonly IntervalRowLayout[];
  readonly averages: readonly (AverageInput & { readonly x: number; readonly legendY: number })[];
  readonly ticks: readonly { readonly value: number; readonly x: number }[];
}

/** The fixed measures of the group chart, in drawing units. */
export const intervalChart = { width: 400, margin: 16, top: 8, rowHeight: 40, labelOffset: 14, lineOffset: 30, axisHeight: 32, legendLine: 22 } as const;

/**
 * The group chart: one row per member, top to bottom in the order given (a label line, then the
 * interval from lower to upper with a marker at the figure), one vertical line per average across all
 * rows, a horizontal axis under the rows with round ticks from nought, and a legend line per average.
 * Row i has its label at top + i x rowHeight + labelOffset and its line at top + i x rowHeight + lineOffset.
 */
export function intervalChartLayout(members: readonly IntervalInput[], averages: readonly AverageInput[]): IntervalChartLayout {
  const c = intervalChart;
  const axis = axisFor([...members.flatMap((m) => [m.estimate, m.lower, m.upper]), ...averages.map((a) => a.value)]);
  const plotLeft = c.margin;
  const plotRight = c.width - c.margin;
  const x = linearScale([axis.min, axis.max], [plotLeft, plotRight]);
  const plotTop = c.top;
  const plotBottom = c.top + members.length * c.rowHeight;
  const rows = members.map((m, i) => ({
    ...m,
    labelY: c.top + i * c.rowHeight + c.labelOffset,
    y: c.top + i * c.rowHeight + c.lineOffset,
    x: x.at(m.estimate),
    xLower: x.at(m.lower),
    xUpper: x.at(m.upper),
  }));
  const legendTop = plotBottom + c.axisHeight;
  return {
    width: c.width,
    height: legendTop + averages.length * c.legendLine + 4,
    plotLeft,
    plotRight,
    plotTop,
    plotBottom,
    rows,
    averages: averages.map((a, i) => ({ ...a, x: x.at(a.value), legendY: legendTop + (i + 1) * c.legendLine - 6 })),
    ticks: axis.ticks.map((value) => ({ value, x: x.at(value) })),
  };
}

export interface SeriesPointLayout {
  readonly label: string;
  readonly value: number;
  readonly x: number;
  readonly y: number;
}

export interface SeriesChartLayout {
  readonly width: number;
  readonly height: number;
  readonly plotTop: number;
  readonly plotBottom: number;
  readonly points: readonly SeriesPointLayout[];
}

/** The fixed measures of the three-year chart, in drawing units. */
export const seriesChart = { width: 240, height: 130, side: 12, top: 24, bottom: 28 } as const;

/**
 * The small chart of a force's years: points evenly spaced across the width (point i of n at
 * side + (i + 0.5) x plot width / n), heights on an axis from nought to the first round step at or above
 * the highest figure; the value is written above each point and the year under the axis.
 */
export function seriesChartLayout(series: readonly { readonly label: string; readonly value: number }[]): SeriesChartLayout {
  const c = seriesChart;
  const axis = axisFor(series.map((p) => p.value));
  const plotTop = c.top;
  const plotBottom = c.height - c.bottom;
  const y = linearScale([axis.min, axis.max], [plotBottom, plotTop]);
  const plotWidth = c.width - 2 * c.side;
  const n = Math.max(1, series.length);
  return {
    width: c.width,
    height: c.height,
    plotTop,
    plotBottom,
    points: series.map((p, i) => ({ ...p, x: c.side + ((i + 0.5) * plotWidth) / n, y: y.at(p.value) })),
  };
}
