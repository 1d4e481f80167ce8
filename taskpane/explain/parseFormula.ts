import type { CellReference } from "../workbook/WorkbookPort";

/** One argument of a formula, as written. */
export type FormulaArgument =
  | { readonly kind: "number"; readonly text: string; readonly value: number }
  | { readonly kind: "text"; readonly text: string; readonly value: string }
  | { readonly kind: "boolean"; readonly text: string; readonly value: boolean }
  | { readonly kind: "reference"; readonly text: string; readonly reference: CellReference }
  | { readonly kind: "missing"; readonly text: "" }
  | { readonly kind: "expression"; readonly text: string };

/** An RA formula: the function's name (without RA.) and its arguments. */
export interface RaFormula {
  readonly name: string;
  readonly args: readonly FormulaArgument[];
}

/** Splits an argument list at top-level commas (not inside quotes, brackets or braces). */
function splitArguments(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quoted: '"' | "'" | null = null;
  let current = "";
  for (const ch of list) {
    if (quoted) {
      if (ch === quoted) quoted = null;
    } else if (ch === '"' || ch === "'") quoted = ch;
    else if (ch === "(" || ch === "{") depth++;
    else if (ch === ")" || ch === "}") depth--;
    else if (ch === "," && depth === 0) {
      out.push(current.trim());
      current = "";
      continue;
    }
    current += ch;
  }
  out.push(current.trim());
  return list.trim() === "" ? [] : out;
}

const referencePattern = /^(?:(?:'((?:[^']|'')+)'|([A-Za-z_][\w. ]*))!)?\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/;

function parseArgument(text: string, sheet: string): FormulaArgument {
  if (text === "") return { kind: "missing", text: "" };
  if (/^[-+]?\d+(?:\.\d+)?(?:e[-+]?\d+)?$/i.test(text)) return { kind: "number", text, value: Number(text) };
  if (/^"(?:[^"]|"")*"$/.test(text)) return { kind: "text", text, value: text.slice(1, -1).replace(/""/g, '"') };
  if (/^(TRUE|FALSE)$/i.test(text)) return { kind: "boolean", text, value: text.toUpperCase() === "TRUE" };
  const m = referencePattern.exec(text);
  if (m) {
    const target = m[1]?.replace(/''/g, "'") ?? m[2] ?? sheet;
    const from = `${(m[3] ?? "").toUpperCase()}${m[4] ?? ""}`;
    const address = m[5] ? `${from}:${m[5].toUpperCase()}${m[6] ?? ""}` : from;
    return { kind: "reference", text, reference: { sheet: target.trim(), address } };
  }
  return { kind: "expression", text };
}

/**
 * Parses a formula that calls one RA function, such as =RA.CRIMERATE(Data!D2, C2, 1000), in the
 * selected cell's sheet. Null when the formula is not a single RA call (Excel may store it as
 * _xldudf_RA_CRIMERATE in some files; both are read).
 */
export function parseRaFormula(formula: string, sheet: string): RaFormula | null {
  const m = /^=\s*(?:RA\.|_xldudf_RA_)([A-Za-z]+)\s*\(([\s\S]*)\)\s*$/i.exec(formula.trim());
  if (!m || m[1] === undefined || m[2] === undefined) return null;
  return { name: m[1].toUpperCase(), args: splitArguments(m[2]).map((a) => parseArgument(a, sheet)) };
}

/** The references a formula's arguments name, in order. */
export function referencesOf(formula: RaFormula | null): CellReference[] {
  return (formula?.args ?? []).flatMap((a) => (a.kind === "reference" ? [a.reference] : []));
}
