/** Text Excel would read as a formula, or as the start of one: it begins with = + - @, a tab or a carriage return. */
export function isFormulaLike(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text);
}

/**
 * Text made safe to put in a spreadsheet cell or a CSV file: formula-like text (see
 * {@link isFormulaLike}) gets a leading apostrophe, which Excel shows as text and never runs; other
 * text is returned as it is.
 */
export function neutraliseFormula(text: string): string {
  return isFormulaLike(text) ? `'${text}` : text;
}
