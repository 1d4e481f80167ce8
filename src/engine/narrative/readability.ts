import { syllablesIn } from "./syllables";

/** How easy a text is to read. */
export interface Readability {
  /** 206.835 − 1.015 × (words / sentences) − 84.6 × (syllables / words); 60 and above is plain English. */
  readonly fleschReadingEase: number;
  readonly wordsPerSentence: number;
  readonly sentences: number;
  readonly words: number;
  readonly syllables: number;
}

/** Abbreviations whose full stop does not end a sentence. */
const abbreviations = new Set(["e.g", "i.e", "cf", "vs", "mr", "mrs", "ms", "dr", "st"]);

/**
 * A word: an abbreviation such as "e.g.", a number with its separators, decimals and signs
 * ("£48,120", "9.4", "14.3%", "2008/09"), or letters with inner apostrophes and hyphens
 * ("anti-social", "Kent's").
 */
const wordPattern = /\b(?:e\.g|i\.e)\.|£?\d+(?:[,./]\d+)*%?|[A-Za-zÀ-ÖØ-öø-ÿ]+(?:['’-][A-Za-zÀ-ÖØ-öø-ÿ]+)*/g;

/** Whether a text has a word at all (as {@link wordsOf} finds them). */
const hasWord = new RegExp(wordPattern.source);

/** The words of a text, as {@link readability} counts them. */
export function wordsOf(text: string): string[] {
  return text.match(wordPattern) ?? [];
}

/**
 * The sentences of a text. A sentence ends at ".", "!" or "?" (with any closing quote or bracket)
 * followed by a space or the end of the text, and at a blank line. A full stop inside a number
 * ("0.60") is not followed by a space, so it does not end a sentence, nor does the stop of "e.g.".
 * Text after the last stop is a sentence if it has words.
 */
export function sentencesOf(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  const ends = /[.!?]+["'”’)\]]*(?=\s|$)|\n\s*\n/g;
  for (let m = ends.exec(text); m !== null; m = ends.exec(text)) {
    if (m[0].startsWith(".") && abbreviations.has(wordBefore(text, start, m.index))) continue;
    const sentence = text.slice(start, m.index + m[0].length).trim();
    if (hasWord.test(sentence)) sentences.push(sentence);
    start = m.index + m[0].length;
  }
  const rest = text.slice(start).trim();
  if (hasWord.test(rest)) sentences.push(rest);
  return sentences;
}

const space = /\s/;

/** The word that ends at `end` (after `start`), lower case and without opening quotes or brackets: "" after a space. */
function wordBefore(text: string, start: number, end: number): string {
  let from = end;
  while (from > start && !space.test(text[from - 1] as string)) from--;
  return text.slice(from, end).toLowerCase().replace(/^["'“‘(]+/, "");
}

/**
 * Flesch reading ease of a text: 206.835 − 1.015 × (words / sentences) − 84.6 × (syllables / words),
 * with the average words per sentence. Sentences and words as {@link sentencesOf} and {@link wordsOf}
 * count them (a number is one word); syllables as {@link syllablesIn} counts them. A text with no
 * words gives zeros throughout.
 */
export function readability(text: string): Readability {
  const words = wordsOf(text);
  const sentences = sentencesOf(text).length;
  if (words.length === 0 || sentences === 0) {
    return { fleschReadingEase: 0, wordsPerSentence: 0, sentences: 0, words: 0, syllables: 0 };
  }
  const syllables = words.reduce((sum, w) => sum + syllablesIn(w), 0);
  const wordsPerSentence = words.length / sentences;
  return {
    fleschReadingEase: 206.835 - 1.015 * wordsPerSentence - 84.6 * (syllables / words.length),
    wordsPerSentence,
    sentences,
    words: words.length,
    syllables,
  };
}
