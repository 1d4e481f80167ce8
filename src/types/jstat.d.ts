// The part of jStat the engine uses; the package ships no type declarations.
declare module "jstat" {
  export const jStat: {
    chisquare: {
      /** Quantile (inverse CDF) of the chi-square distribution with `dof` degrees of freedom. */
      inv(p: number, dof: number): number;
    };
    normal: {
      /** Density of the normal distribution with the given mean and standard deviation. */
      pdf(x: number, mean: number, sd: number): number;
    };
    studentt: {
      /** P(T <= t) for Student's t with `dof` degrees of freedom. */
      cdf(t: number, dof: number): number;
    };
    binomial: {
      /** P(X <= k) for X binomial with n trials and probability p. */
      cdf(k: number, n: number, p: number): number;
      /** P(X = k) for X binomial with n trials and probability p. */
      pdf(k: number, n: number, p: number): number;
    };
  };
}
