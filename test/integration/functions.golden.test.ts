import ExcelJS from "exceljs";
import path from "node:path";
import { customFunctions, type CustomFunctionName } from "../../src";

// Evaluates every call in test/fixtures/functions.golden.xlsx the way Excel would: the formula's
// arguments are read from the cells it names; an empty single cell arrives as null (Excel on the web),
// an empty cell inside a range as 0, an omitted argument as null. Expected values sit beside each call
// with their source (regenerate with node scripts/make-functions-golden.js).

type Cell = string | number | boolean | null;

function cellValue(sheet: ExcelJS.Worksheet, address: string): Cell {
  const v = sheet.getCell(address).value;
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  throw new Error(`Unexpected cell content at ${sheet.name}!${address}`);
}

function splitArguments(text: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    if (ch === "," && !quoted) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  return parts;
}

function columnNumber(letters: string): number {
  return [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
}

function evaluateArgument(book: ExcelJS.Workbook, home: ExcelJS.Worksheet, text: string): unknown {
  const t = text.trim();
  if (t === "") return null;
  if (/^".*"$/.test(t)) return t.slice(1, -1);
  if (/^(TRUE|FALSE)$/i.test(t)) return t.toUpperCase() === "TRUE";
  if (/^-?\d+(\.\d+)?(e-?\d+)?$/i.test(t)) return Number(t);
  const reference = /^(?:(\w+)!)?([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(t);
  if (!reference) throw new Error(`Cannot read the argument ${t}`);
  const [, sheetName, c1, r1, c2, r2] = reference;
  const sheet = sheetName ? book.getWorksheet(sheetName) : home;
  if (!sheet) throw new Error(`No sheet ${sheetName}`);
  if (!c2 || !r2) return cellValue(sheet, `${c1}${r1}`);
  const rows: Cell[][] = [];
  for (let r = Number(r1); r <= Number(r2); r++) {
    const row: Cell[] = [];
    for (let c = columnNumber(c1!); c <= columnNumber(c2); c++) row.push(sheet.getRow(r).getCell(c).value === null ? 0 : cellValue(sheet, sheet.getRow(r).getCell(c).address));
    rows.push(row);
  }
  return rows;
}

function call(name: CustomFunctionName, args: unknown[]): unknown {
  try {
    return (customFunctions[name] as (...a: unknown[]) => unknown)(...args);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === "string") return code;
    throw error;
  }
}

interface GoldenCall {
  row: number;
  formula: string;
  expected: Cell[];
  tolerance: number;
  source: string;
}

const golden: { book: ExcelJS.Workbook; calls: GoldenCall[] } = { book: new ExcelJS.Workbook(), calls: [] };

beforeAll(async () => {
  await golden.book.xlsx.readFile(path.join(__dirname, "../fixtures/functions.golden.xlsx"));
  const sheet = golden.book.getWorksheet("Calls")!;
  sheet.eachRow((row, r) => {
    if (r === 1) return;
    golden.calls.push({
      row: r,
      formula: String(row.getCell(1).value),
      expected: Array.from({ length: 12 }, (_, j) => row.getCell(2 + j).value as Cell).filter((v) => v !== null),
      tolerance: Number(row.getCell(14).value ?? 0),
      source: String(row.getCell(15).value),
    });
  });
});

describe("the golden workbook of function calls", () => {
  it("has a call for every function", () => {
    const called = new Set(golden.calls.map((c) => /^=RA\.(\w+)\(/.exec(c.formula)?.[1]));
    expect([...called].sort()).toEqual(Object.keys(customFunctions).sort());
  });

  it("gives the expected result for every call", () => {
    const calls = golden.book.getWorksheet("Calls")!;
    const failures: string[] = [];
    for (const c of golden.calls) {
      const match = /^=RA\.(\w+)\((.*)\)$/.exec(c.formula);
      if (!match) throw new Error(`Row ${c.row}: not a call: ${c.formula}`);
      const args = splitArguments(match[2]!).map((a) => evaluateArgument(golden.book, calls, a));
      const result = call(match[1] as CustomFunctionName, args);
      // An error inside a spill (one force's row) is compared by its code, as Excel shows it.
      const actual = (Array.isArray(result) ? (result as unknown[][]).flat() : [result]).map((v) => (typeof v === "object" && v !== null && typeof (v as { code?: unknown }).code === "string" ? (v as { code: string }).code : v));
      const same =
        actual.length === c.expected.length &&
        actual.every((a, i) => {
          const e = c.expected[i];
          return typeof e === "number" && typeof a === "number" ? Math.abs(a - e) <= c.tolerance * Math.max(Math.abs(e), 1e-12) : a === e;
        });
      if (!same) failures.push(`Row ${c.row} ${c.formula}: expected ${JSON.stringify(c.expected)} (${c.source}), got ${JSON.stringify(actual)}`);
    }
    expect(failures).toEqual([]);
  });
});
