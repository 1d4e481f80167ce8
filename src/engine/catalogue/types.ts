/** The four domains of the rounded assessment. */
export type DomainId = "local-crime" | "serious-harm" | "value-for-money" | "confidence";

/**
 * Which way is better: `higher` or `lower`; `neutral` for value-for-money figures, which are shown as
 * higher or lower than similar forces, never as good or bad.
 */
export type Polarity = "higher" | "lower" | "neutral";

/**
 * How a figure's uncertainty is judged:
 * - `rate`: a count of events over a population or households (Poisson);
 * - `proportion`: successes out of a number of trials, such as detections out of offences (Wilson);
 * - `survey`: a survey percentage with its sample size and design effect (Wilson);
 * - `figure`: a figure with no sampling error (a cost, a gap in points given as the figure): never
 *   tested; the assessment compares it by the material gap (material-gap-rate), the functions without
 *   a Rules table by a 5% tolerance. (Comparative satisfaction given with both groups' sample sizes is
 *   tested as a survey gap: see compare/gap.ts.)
 */
export type Statistic = "rate" | "proportion" | "survey" | "figure";

/** Which template table a data set's inputs come from. */
export type InputTable = "Data" | "Finance" | "Survey";

export interface Domain {
  readonly id: DomainId;
  readonly name: string;
  readonly graded: boolean;
}

export interface DataSetInput {
  /**
   * What the input is, in the user's words. For a Finance data set it is also the heading of the Finance
   * column the input is read from (the template's Finance figure columns are made from these inputs);
   * "Population" and "Households" are read from the Forces table's columns of those names.
   */
  readonly label: string;
  /** `count` must be a whole number; `amount` may have a fraction (pounds, FTE, percentages). */
  readonly kind: "count" | "amount";
  /** A Finance column's description in the template, and whether every row must fill it. */
  readonly column?: FinanceColumn;
}

/** What the template says of a Finance figure column. */
export interface FinanceColumn {
  readonly description: string;
  readonly required: boolean;
  /** A text column the template puts just before this one, saying what the figure is (the CIPFA line). */
  readonly namedBy?: { readonly label: string; readonly description: string };
}

export interface DataSet {
  readonly id: string;
  readonly domain: DomainId;
  readonly name: string;
  /** What is measured, in a sentence. */
  readonly measure: string;
  /** The unit the figure is shown in, e.g. "per 1,000 households" or "%". */
  readonly unit: string;
  /** The figure is numerator / denominator x multiplier (1 when there is no denominator). */
  readonly multiplier: number;
  readonly polarity: Polarity;
  readonly statistic: Statistic;
  readonly table: InputTable;
  readonly numerator: DataSetInput;
  /** `null` when the figure is given directly (a survey percentage, a gap in points). */
  readonly denominator: DataSetInput | null;
  /** Notes on the definition: open questions, what the real data covers. */
  readonly notes?: string;
}
