/**
 * The words on the Charts sheet of an assessed force (src/engine/assessment/charts.ts): its note, each
 * chart's title, axis titles and series names, and what stands in for a chart with no figures.
 */
export const chartText = {
  note: (force: string) =>
    `${force} against similar forces (the Most Similar Group average), from the Profile sheet. The add-in writes this sheet afresh each time it writes an assessment in Excel.`,
  title: (force: string, domain: string) => `${force}: ${domain} against similar forces`,
  /** The value axis title when a domain's data sets are in different units. */
  mixedUnits: "figure (see Profile for units)",
  noFigures: "No figures to chart for this domain: see the Profile sheet.",
  /** The header of each source block: the category axis title, then the two series' names. */
  sourceHeader: ["Data set", "Force", "Similar forces"],
} as const;
