import * as declared from "./functions";

/**
 * Every custom function by its Excel name (without the RA. namespace): the very functions the add-in
 * registers with Excel, for Node programs and tests.
 */
export const customFunctions = {
  COSTPEROFFICER: declared.COSTPEROFFICER,
  COSTPERPCSO: declared.COSTPERPCSO,
  COSTPERSTAFF: declared.COSTPERSTAFF,
  COSTPERBANDD: declared.COSTPERBANDD,
  COSTPERHEAD: declared.COSTPERHEAD,
  CRIMERATE: declared.CRIMERATE,
  AMOUNTPERPOPULATION: declared.AMOUNTPERPOPULATION,
  DETECTIONRATE: declared.DETECTIONRATE,
  RATECI: declared.RATECI,
  PROPORTIONCI: declared.PROPORTIONCI,
  MSGPEERS: declared.MSGPEERS,
  MSGAVERAGE: declared.MSGAVERAGE,
  MSGRANK: declared.MSGRANK,
  MSGPOSITION: declared.MSGPOSITION,
  DIRECTION: declared.DIRECTION,
  SIMILARFORCES: declared.SIMILARFORCES,
  GRADE: declared.GRADE,
  DATASET: declared.DATASET,
  MSGCOMPARE: declared.MSGCOMPARE,
  FIGURES: declared.FIGURES,
  EWAVERAGE: declared.EWAVERAGE,
  DATASETS: declared.DATASETS,
  FUNNELLIMITS: declared.FUNNELLIMITS,
  ZSCORE: declared.ZSCORE,
  RATERATIO: declared.RATERATIO,
  POINTSGAP: declared.POINTSGAP,
} as const;

export type CustomFunctionName = keyof typeof customFunctions;
