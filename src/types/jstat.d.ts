// The part of jStat the engine uses; the package ships no type declarations.
declare module "jstat" {
  export const jStat: {
    chisquare: {
      /** Quantile (inverse CDF) of the chi-square distribution with `dof` degrees of freedom. */
      inv(p: number, dof: number): number;
    };
  };
}
