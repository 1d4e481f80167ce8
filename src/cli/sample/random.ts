import { uniformFloat64 } from "pure-rand/distribution/uniformFloat64";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";

/** The seed of the national sample's illustrative figures: change it and every such figure changes. */
export const SAMPLE_SEED = 20090401;

/** A seeded source of random numbers (pure-rand's xoroshiro128+), so the sample is reproducible. */
export class SeededRandom {
  private readonly rng;
  constructor(seed: number) {
    this.rng = xoroshiro128plus(seed);
  }
  /** A number in [0, 1). */
  next(): number {
    return uniformFloat64(this.rng);
  }
  /** A number in [low, high). */
  between(low: number, high: number): number {
    return low + (high - low) * this.next();
  }
  /** `value` times a factor drawn from [1 - spread, 1 + spread). */
  vary(value: number, spread: number): number {
    return value * this.between(1 - spread, 1 + spread);
  }
  /** One of `choices`, with the given weights. */
  pick<T>(choices: readonly (readonly [T, number])[]): T {
    const total = choices.reduce((s, [, w]) => s + w, 0);
    let r = this.next() * total;
    for (const [choice, w] of choices) {
      r -= w;
      if (r < 0) return choice;
    }
    const last = choices[choices.length - 1];
    if (!last) throw new Error("pick needs at least one choice");
    return last[0];
  }
}
