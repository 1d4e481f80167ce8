export type { Estimate, Interval } from "./interval";
export { poissonLimits, rateInterval, type PoissonMethod, type RateIntervalOptions } from "./poisson";
export { proportionInterval, wilsonLimits, type ProportionIntervalOptions } from "./wilson";
export { compareProportions, compareRates, type Comparison } from "./tests";
export { adjustedStandardError, adjustedZ, estimateOverdispersion, pointAgainstTarget, funnelStandardError, noOverdispersion, rawZ, twoSidedP, winsorise, type FunnelPoint, type Overdispersion, type OverdispersionModel } from "./funnel";
export { funnelLimits, pointsGap, rateRatio, zScore } from "./gaps";
