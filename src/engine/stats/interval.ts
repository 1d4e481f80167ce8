/** A range of plausible values, in the unit of the figure it belongs to. */
export interface Interval {
  readonly lower: number;
  readonly upper: number;
}

/** A figure with its interval, all three in the same unit. */
export interface Estimate extends Interval {
  readonly estimate: number;
}
