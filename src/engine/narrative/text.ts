/** The first letter in capitals. */
export function capitalise(text: string): string {
  return text.replace(/^\s*([a-z])/, (m) => m.toUpperCase());
}

/** Joins items the British way, without a serial comma: "a", "a and b", "a, b and c". */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1] ?? ""}`;
}

/** A user's text as a sentence: trimmed, capitalised and ending in a full stop. */
export function asSentence(text: string): string {
  const t = capitalise(text.trim());
  return /[.!?]["'”’)]*$/.test(t) ? t : `${t}.`;
}

/** Sentences joined into one paragraph, blanks left out. */
export function paragraph(sentences: readonly string[]): string {
  return sentences.map((s) => s.trim()).filter((s) => s !== "").join(" ");
}
