// pure-rand 8 publishes its generators and distributions as subpath exports only, which this
// project's TypeScript module resolution ("node") cannot see; these are their signatures.
declare module "pure-rand/generator/xoroshiro128plus" {
  export interface RandomGenerator {
    next(): number;
  }
  export function xoroshiro128plus(seed: number): RandomGenerator;
}
declare module "pure-rand/distribution/uniformFloat64" {
  import type { RandomGenerator } from "pure-rand/generator/xoroshiro128plus";
  export function uniformFloat64(rng: RandomGenerator): number;
}
