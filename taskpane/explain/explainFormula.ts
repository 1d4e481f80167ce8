import { isFunctionError } from "../../functions/runtime";
import { faceText } from "../../src/engine/messages/faceText";
import type { CellValue } from "../../src/engine/workbook";
import type { FunctionTable } from "./loadFunctions";
import type { RaFormula } from "./parseFormula";
import { paneLabels } from "../../src/engine/messages/paneLabels";

/** A function's description as Excel's metadata (functions.json) gives it. */
export interface FunctionMetadata {
  readonly id: string;
  readonly description: string;
  readonly helpUrl?: string;
  readonly parameters: readonly { readonly name: string; readonly description?: string; readonly optional?: boolean; readonly dimensionality?: string }[];
}

export interface Explanation {
  readonly title: string;
  readonly what: string;
  readonly args: readonly { readonly name: string; readonly written: string; readonly value: string; readonly meaning: string }[];
  /** What the function gives for these values: the value, or Excel's error and why in plain words. */
  readonly result: string;
  readonly isError: boolean;
}


function shown(value: unknown): string {
  if (value === null || value === undefined || value === "") return "blank";
  if (Array.isArray(value)) return value.length === 1 && Array.isArray(value[0]) && value[0].length === 1 ? shown(value[0][0]) : `${value.length} rows × ${(value[0] as unknown[] | undefined)?.length ?? 0} columns`;
  if (typeof value === "object") return isFunctionError(value) ? value.code : "error" in value ? String((value as { error: unknown }).error) : JSON.stringify(value);
  return typeof value === "number" ? value.toLocaleString("en-GB", { maximumFractionDigits: 4 }) : String(value);
}

/** A value as a function argument: a single cell as a scalar, a range as rows; an Excel error as its text. */
function asArgument(block: readonly (readonly CellValue[])[]): unknown {
  const plain = block.map((r) => r.map((v) => (typeof v === "object" && v !== null ? v.error : v)));
  return plain.length === 1 && plain[0]?.length === 1 ? plain[0][0] : plain;
}

/**
 * Explains an RA formula in plain words from the function's metadata, and runs the same function with
 * the cell's argument values to say what it gives, or why it gives an error: Excel on the desktop
 * often shows only "#VALUE!" without the message.
 */
export function explainFormula(formula: RaFormula, metadata: readonly FunctionMetadata[], referenceValues: readonly (readonly (readonly CellValue[])[])[], functions: FunctionTable): Explanation {
  const meta = metadata.find((m) => m.id.toUpperCase() === formula.name);
  let next = 0;
  const values: unknown[] = formula.args.map((a) => {
    switch (a.kind) {
      case "reference":
        return asArgument(referenceValues[next++] ?? [[null]]);
      case "missing":
        return undefined;
      case "expression":
        return undefined;
      default:
        return a.value;
    }
  });
  const args = formula.args.map((a, i) => {
    const p = meta?.parameters[i];
    return { name: p?.name ?? paneLabels.explain.argumentN(i + 1), written: a.text || paneLabels.explain.leftOut, value: a.kind === "expression" ? paneLabels.explain.workedOutByExcel : shown(values[i]), meaning: p?.description ?? "" };
  });
  const expression = formula.args.find((a) => a.kind === "expression");
  const run = Object.prototype.hasOwnProperty.call(functions, formula.name) ? functions[formula.name] : undefined;
  if (!run) {
    return { title: `RA.${formula.name}`, what: faceText.pane.explainUnknownFunction, args, result: faceText.pane.explainNameError, isError: true };
  }
  const what = meta?.description ?? faceText.pane.explainAnyFunction;
  if (expression) {
    return { title: `RA.${formula.name}`, what, args, result: faceText.pane.explainNestedArgument(expression.text), isError: false };
  }
  let result: unknown;
  try {
    result = run(...values);
  } catch (error) {
    // Excel's functions report errors by throwing CustomFunctions.Error.
    if (isFunctionError(error)) return { title: `RA.${formula.name}`, what, args, result: faceText.pane.explainExcelError(error.code, error.message), isError: true };
    return { title: `RA.${formula.name}`, what, args, result: faceText.pane.explainFailed(error instanceof Error ? error.message : String(error)), isError: true };
  }
  if (isFunctionError(result)) {
    return { title: `RA.${formula.name}`, what, args, result: faceText.pane.explainExcelError(result.code, result.message), isError: true };
  }
  return { title: `RA.${formula.name}`, what, args, result: faceText.pane.explainGives(shown(result)), isError: false };
}
