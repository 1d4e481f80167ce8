import { closest, distance } from "fastest-levenshtein";

/** Force names compare without regard to case, surrounding spaces or "&" for "and". */
export function sameForce(a: string, b: string): boolean {
  return normaliseForceName(a) === normaliseForceName(b);
}

const normalised = new Map<string, string>();

/** The form of a name or label used for matching: lower case, single spaces, "&" as "and". */
export function normaliseWords(text: string): string {
  const known = normalised.get(text);
  if (known !== undefined) return known;
  const result = text.trim().toLowerCase().replace(/&/g, "and").replace(/\s+/g, " ");
  if (normalised.size > 10_000) normalised.clear();
  normalised.set(text, result);
  return result;
}

/** The form of a force name used for matching (see {@link normaliseWords}). */
export const normaliseForceName = normaliseWords;

/**
 * The known name closest to a mistyped one, for "did you mean" messages, or `undefined` when nothing
 * is close (more than a third of the letters would have to change).
 */
export function closestForceName(name: string, known: readonly string[]): string | undefined {
  if (known.length === 0) return undefined;
  const wanted = normaliseForceName(name);
  const best = closest(wanted, known.map(normaliseForceName));
  const index = known.findIndex((k) => normaliseForceName(k) === best);
  const limit = Math.max(2, Math.ceil(wanted.length / 3));
  return index >= 0 && distance(wanted, best) <= limit ? known[index] : undefined;
}
