import type { Result } from "../src/engine/result";
import { excelError, isFunctionError, type FunctionError } from "./runtime";
import { cellsOf, name } from "./arguments";
import { valueOrThrow } from "./errors";

const isBlank = (v: unknown) => v === null || v === undefined || v === "" || v === 0;

/**
 * A force argument answered for each force: one name gives one result (its error thrown, as any
 * function's); a column of names (Forces[Force], A2:A44, A:A) gives one row per name, spilling down,
 * where a force whose answer fails holds its own error, named by the force, so one bad row does not
 * hide the others. Blank rows in the middle give "" (a spill cannot hold an empty cell); the blank
 * end of a whole-column reference is dropped.
 */
export function eachForce<T>(force: unknown, answer: (force: string) => Result<T>): (T | FunctionError | string)[][] {
  const work = (f: string) => valueOrThrow(answer(f));
  if (!Array.isArray(force)) return [[work(valueOrThrow(name(force, "The force")))]];
  const cells = valueOrThrow(cellsOf(force, "The forces"));
  let end = cells.length;
  while (end > 1 && isBlank(cells[end - 1])) end -= 1;
  if (end === 1) return [[work(valueOrThrow(name(cells[0], "The force")))]];
  return cells.slice(0, end).map((cell) => {
    if (isBlank(cell)) return [""];
    try {
      return [work(valueOrThrow(name(cell, "A force")))];
    } catch (error) {
      if (!isFunctionError(error)) throw error;
      const label = String(cell).trim();
      const named = error.message?.toLowerCase().includes(label.toLowerCase()) ? error.message : `${label}: ${error.message ?? error.code}`;
      return [excelError(error.code, named)];
    }
  });
}
