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
 * A name as people shorten it: {@link normaliseWords}, hyphens and full stops as spaces, without
 * "the", the Welsh "Heddlu" (police) before it, or "Police", "Police Service", "Police Force" or
 * "Constabulary" after it: "Heddlu Dyfed-Powys" and "Dyfed Powys Police" are both "dyfed powys".
 */
export function forceKey(name: string): string {
  return normaliseWords(name)
    .replace(/[-.'’]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^(the|heddlu) /, "")
    .replace(/ (police service|police force|police|constabulary)$/, "");
}

/**
 * Names people use for forces, by {@link forceKey}, with the force's key as in the Forces table: the
 * Met, MPS, City, initials in common use, and the Welsh names of the Welsh forces.
 */
const aliases: Readonly<Record<string, string>> = {
  met: "metropolitan",
  mps: "metropolitan",
  city: "city of london",
  "city of london police": "city of london",
  gmp: "greater manchester",
  tvp: "thames valley",
  wmp: "west midlands",
  wyp: "west yorkshire",
  syp: "south yorkshire",
  nyp: "north yorkshire",
  "de cymru": "south wales",
  "gogledd cymru": "north wales",
};

/**
 * The known force a name or an alias stands for (Met, MPS, City, Avon & Somerset, Dyfed Powys,
 * Heddlu Gwent, Heddlu De Cymru, Kent Police, ...), or undefined when it stands for none, or for more
 * than one.
 */
export function forceByAlias(name: string, known: readonly string[]): string | undefined {
  const key = forceKey(name);
  const wanted = aliases[key] ?? key;
  const matches = known.filter((k) => forceKey(k) === wanted);
  return matches.length === 1 ? matches[0] : undefined;
}

/**
 * The known name closest to a mistyped one, for "did you mean" messages, or `undefined` when nothing
 * is close (more than a third of the letters would have to change). A name people use for a force
 * ({@link forceByAlias}: "Met" for Metropolitan Police) comes first.
 */
export function closestForceName(name: string, known: readonly string[]): string | undefined {
  if (known.length === 0) return undefined;
  const alias = forceByAlias(name, known);
  if (alias !== undefined) return alias;
  const wanted = normaliseForceName(name);
  const best = closest(wanted, known.map(normaliseForceName));
  const index = known.findIndex((k) => normaliseForceName(k) === best);
  const limit = Math.max(2, Math.ceil(wanted.length / 3));
  return index >= 0 && distance(wanted, best) <= limit ? known[index] : undefined;
}
