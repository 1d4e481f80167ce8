import { syllable } from "syllable";

/**
 * Syllables in one word, for the readability check. Words go to the `syllable` library (wooorm's,
 * which counts English syllables by rule and by a list of exceptions). Figures, symbols and
 * abbreviations count as words of one syllable, as Flesch's own instructions say ("Count
 * abbreviations, figures, symbols and their combinations as one-syllable words": How to Write Plain
 * English, chapter 2): so "9.4", "£48,120", "14.3%", "2008/09", "CAA" and "e.g." are one syllable each.
 * Every word has at least one syllable.
 */
export function syllablesIn(word: string): number {
  const known = counted.get(word);
  if (known !== undefined) return known;
  const count = /\d/.test(word) || /^[A-Z]{2,}$/.test(word) || /^(?:e\.g|i\.e)\.$/i.test(word) ? 1 : Math.max(1, syllable(word));
  if (counted.size > 20_000) counted.clear();
  counted.set(word, count);
  return count;
}

/** Reports repeat their words: each is counted once. */
const counted = new Map<string, number>();
