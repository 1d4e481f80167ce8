import type { Polarity } from "../../engine/catalogue/types";

export { gradeMeaning } from "../../engine/narrative";

/** Which way is better for a data set, in words. */
export function polarityWords(polarity: Polarity): string {
  switch (polarity) {
    case "higher":
      return "Higher is better.";
    case "lower":
      return "Lower is better.";
    case "neutral":
      return "Neither higher nor lower is better in itself: these figures are described, not judged.";
  }
}
