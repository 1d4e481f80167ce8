/** How the snapshot says a hidden sheet is hidden. */
export type HiddenState = "hidden" | "very hidden";

/** office.js's worksheet visibility ("Visible", "Hidden", "VeryHidden") as the snapshot's hidden state; undefined when the sheet is visible. */
export function hiddenState(visibility: string | undefined): HiddenState | undefined {
  if (visibility === "Hidden") return "hidden";
  if (visibility === "VeryHidden") return "very hidden";
  return undefined;
}

const areaRef = /!\s*(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)\s*(?=,|$)/gi;

/**
 * The A1 ranges of a RangeAreas address as office.js gives it, each area with its sheet
 * ("Data!A1:B2, 'My data'!$D$4:$E$5" gives ["A1:B2", "D4:E5"]): the snapshot's merged ranges.
 */
export function rangesOfAreas(address: string): string[] {
  return [...address.matchAll(areaRef)].map((m) => (m[1] ?? "").replace(/\$/g, "").toUpperCase());
}

