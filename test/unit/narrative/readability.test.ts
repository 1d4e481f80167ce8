import { readability, sentencesOf, wordsOf } from "../../../src/engine/narrative/readability";
import { syllablesIn } from "../../../src/engine/narrative/syllables";

/** Flesch reading ease = 206.835 − 1.015 × (words / sentences) − 84.6 × (syllables / words). */
describe("readability", () => {
  it("scores a one-sentence text by hand", () => {
    // "The cat sat on the mat." 6 words, 1 sentence, 6 one-syllable words.
    // 206.835 − 1.015 × 6 − 84.6 × 6/6 = 206.835 − 6.09 − 84.6 = 116.145
    const r = readability("The cat sat on the mat.");
    expect(r).toMatchObject({ words: 6, sentences: 1, syllables: 6, wordsPerSentence: 6 });
    expect(r.fleschReadingEase).toBeCloseTo(116.145, 6);
  });

  it("scores a sentence with figures by hand: each figure is one word of one syllable", () => {
    // Kent(1) had(1) 0.60(1) rob-ber-ies(3) per(1) 1,000(1) peo-ple(2) = 7 words, 10 syllables.
    // That(1) is(1) bet-ter(2) than(1) sim-i-lar(3) for-ces(2)      = 6 words, 10 syllables.
    // 13 words, 2 sentences, 20 syllables:
    // 206.835 − 1.015 × 13/2 − 84.6 × 20/13 = 206.835 − 6.5975 − 130.153846… = 70.083654…
    const r = readability("Kent had 0.60 robberies per 1,000 people. That is better than similar forces.");
    expect(r).toMatchObject({ words: 13, sentences: 2, syllables: 20, wordsPerSentence: 6.5 });
    expect(r.fleschReadingEase).toBeCloseTo(70.083654, 5);
  });

  it("does not end a sentence at a decimal point or after e.g.", () => {
    // Crime(1) fell(1) e.g.(1) bur-gla-ry(3) = 4 words, 6 syllables; It went from 9.4 to 7.9 = 6 words, 6 syllables.
    // 10 words, 2 sentences, 12 syllables: 206.835 − 1.015 × 5 − 84.6 × 1.2 = 206.835 − 5.075 − 101.52 = 100.24
    const text = "Crime fell, e.g. burglary. It went from 9.4 to 7.9!";
    expect(sentencesOf(text)).toEqual(["Crime fell, e.g. burglary.", "It went from 9.4 to 7.9!"]);
    const r = readability(text);
    expect(r).toMatchObject({ words: 10, sentences: 2, syllables: 12 });
    expect(r.fleschReadingEase).toBeCloseTo(100.24, 6);
  });

  it("counts numbers, money, percentages and years as one word each", () => {
    expect(wordsOf("Kent spent £49,000, or 14.3%, in 2008/09 on anti-social behaviour.")).toEqual([
      "Kent", "spent", "£49,000", "or", "14.3%", "in", "2008/09", "on", "anti-social", "behaviour",
    ]);
    expect(sentencesOf("It was 0.60. Similar forces had 0.66")).toEqual(["It was 0.60.", "Similar forces had 0.66"]);
    expect(sentencesOf('It was judged "Good". Then it changed.')).toEqual(['It was judged "Good".', "Then it changed."]);
    expect(sentencesOf("First part\n\nSecond part.")).toHaveLength(2);
  });

  it("counts syllables with the library, figures and abbreviations as one", () => {
    expect(syllablesIn("similar")).toBe(3);
    expect(syllablesIn("the")).toBe(1);
    expect(syllablesIn("9.4")).toBe(1);
    expect(syllablesIn("£49,000")).toBe(1);
    expect(syllablesIn("CAA")).toBe(1);
  });

  it("gives zeros for text with no words", () => {
    expect(readability("  ...  ")).toEqual({ fleschReadingEase: 0, wordsPerSentence: 0, sentences: 0, words: 0, syllables: 0 });
  });
});
