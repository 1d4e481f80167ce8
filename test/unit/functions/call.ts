import { customFunctions } from "../../../src";

// Calls a function as Excel does: numbers, text, TRUE/FALSE, null for an omitted argument or an empty
// cell on the web, 0 for an empty cell on the desktop, and ranges as rows of cells. An error comes back
// as Excel shows it: its code and its message.
export function excel(name: keyof typeof customFunctions, ...args: unknown[]): unknown {
  try {
    return (customFunctions as unknown as Record<string, (...a: unknown[]) => unknown>)[name]!(...args);
  } catch (error) {
    const e = error as { code?: string; message?: string };
    if (typeof e.code === "string" && e.code.startsWith("#")) return { code: e.code, message: e.message };
    throw error;
  }
}

/** The one value of a one-cell result (a function that spills for a column gives [[value]] for one force). */
export function one(result: unknown): unknown {
  return Array.isArray(result) && result.length === 1 && Array.isArray(result[0]) && result[0].length === 1 ? result[0][0] : result;
}

export const column = (...values: unknown[]) => values.map((v) => [v]);
export const row = (...values: unknown[]) => [values];

export function close(actual: unknown, expected: number, tolerance = 5e-5): void {
  expect(typeof actual).toBe("number");
  expect(Math.abs((actual as number) - expected) / Math.abs(expected)).toBeLessThan(tolerance);
}

// The Kent illustration: real 2008/09 robbery counts (Home Office recorded crime) and 2010 populations
// (population_2010_by_force.csv), as in docs/functions.md.
export const kentMsg = [
  ["Force", "Peer"],
  ["Kent", "Essex"],
  ["Kent", "Hampshire"],
  ["Kent", "Sussex"],
  ["Sussex", "Kent"],
];
export const forces = column("Essex", "Hampshire", "Kent", "Sussex");
export const robberies = column(1305, 1154, 1015, 1034);
export const population = column(1738000, 1884200, 1684100, 1574000);
