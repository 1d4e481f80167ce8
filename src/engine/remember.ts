/**
 * Work done once per workbook's inputs (or per list of figures, or per table) and forgotten with them.
 * Owners are never changed once made, so what is worked out from them holds for as long as they live.
 */

/** The value for `owner` in `cache`, made by `make` on first use. */
export function once<O extends object, V>(cache: WeakMap<O, V>, owner: O, make: () => V): V {
  if (cache.has(owner)) return cache.get(owner) as V;
  const made = make();
  cache.set(owner, made);
  return made;
}

/** The value for `owner` and `key` in `cache`, made by `make` on first use (null and undefined are kept too). */
export function remembered<O extends object, V>(cache: WeakMap<O, Map<string, V>>, owner: O, key: string, make: () => V): V {
  const known = once(cache, owner, () => new Map<string, V>());
  if (known.has(key)) return known.get(key) as V;
  const made = make();
  known.set(key, made);
  return made;
}
