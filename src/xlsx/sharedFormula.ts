import { columnLetters, columnNumber } from "../engine/workbook";

const REFERENCE = /("[^"]*"|'[^']*')|(?<![\w.$])(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![\w(!])/g;

/**
 * The formula of a cell that shares the formula of the cell at (`row`, `column`), `rows` and
 * `columns` away from it: relative references move with the cell, $-anchored parts stay, text in
 * quotes ("..." literals, '...' sheet names) is left as it is.
 */
export function shiftFormula(formula: string, rows: number, columns: number): string {
  if (rows === 0 && columns === 0) return formula;
  return formula.replace(REFERENCE, (all, quoted: string | undefined, colAnchor: string, letters: string, rowAnchor: string, digits: string) => {
    if (quoted !== undefined) return all;
    const column = colAnchor ? columnNumber(letters) : columnNumber(letters) + columns;
    const row = rowAnchor ? Number(digits) : Number(digits) + rows;
    if (column < 1 || row < 1) return "#REF!";
    return `${colAnchor}${colAnchor ? letters.toUpperCase() : columnLetters(column)}${rowAnchor}${row}`;
  });
}
