import type { DataSet } from "../catalogue/types";

/** How a data set's figures are written: as money, a percentage, percentage points or a plain number. */
export type FigureStyle = "money" | "percent" | "points" | "number";

const formats = new Map<string, Intl.NumberFormat>();

function formatter(decimals: number): Intl.NumberFormat {
  const key = String(decimals);
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat("en-GB", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    formats.set(key, f);
  }
  return f;
}

/** The style of a data set's figures: £ for money, % for proportions (multiplier 100 or unit %). */
export function figureStyle(dataSet: Pick<DataSet, "unit" | "multiplier">): FigureStyle {
  const unit = dataSet.unit.trim().toLowerCase();
  if (unit.startsWith("£")) return "money";
  if (unit === "percentage points") return "points";
  if (unit === "%" || dataSet.multiplier === 100) return "percent";
  return "number";
}

/**
 * Decimal places by magnitude: 2 below 1 (0.60), 1 below 100 (7.9), none from 100 (124, 49,000).
 * Money has no pence from £100 and 2 places below; nought is written 0.
 */
export function decimalsFor(value: number, style: FigureStyle = "number"): number {
  const size = Math.abs(value);
  if (size === 0) return 0;
  if (style === "money") return size >= 100 ? 0 : 2;
  if (size < 1) return 2;
  if (size < 100) return 1;
  return 0;
}

/** A string of decimal digits plus one, carrying: "0999" gives "1000", "999" gives "1000". */
function addOne(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === "9") i--;
  if (i < 0) return `1${"0".repeat(digits.length)}`;
  return `${digits.slice(0, i)}${String(Number(digits[i]) + 1)}${"0".repeat(digits.length - i - 1)}`;
}

/**
 * `value` to `decimals` places with en-GB thousands separators, as Intl.NumberFormat("en-GB") writes it
 * but without its cost (a report formats tens of thousands of figures): like ICU, it rounds the
 * shortest decimal form of the number (1.005 is "1.01"), halves away from nought. Numbers whose
 * shortest form is written with an exponent go to Intl.
 */
function withSeparators(value: number, decimals: number): string {
  const shortest = String(Math.abs(value));
  if (shortest.includes("e") || !Number.isInteger(decimals) || decimals < 0 || decimals > 20) return formatter(decimals).format(value);
  const point = shortest.indexOf(".");
  const whole = point < 0 ? shortest : shortest.slice(0, point);
  const fraction = point < 0 ? "" : shortest.slice(point + 1);
  let digits = whole + fraction.slice(0, decimals).padEnd(decimals, "0");
  if (fraction.length > decimals && (fraction[decimals] as string) >= "5") digits = addOne(digits);
  const wholeDigits = digits.slice(0, digits.length - decimals);
  const grouped = wholeDigits.length > 3 ? wholeDigits.replace(/\B(?=(\d{3})+$)/g, ",") : wholeDigits;
  return `${value < 0 || Object.is(value, -0) ? "-" : ""}${grouped}${decimals > 0 ? `.${digits.slice(-decimals)}` : ""}`;
}

/** A number in en-GB style with thousands separators: 0.60, 7.9, 124, 49,000. Not finite gives "". */
export function formatNumber(value: number, decimals: number = decimalsFor(value)): string {
  if (!Number.isFinite(value)) return "";
  const text = withSeparators(value, decimals);
  return text.startsWith("-0") && /^-0[.,]?0*$/.test(text) ? text.slice(1) : text;
}

/** A figure in its data set's style: "£48,120", "14.3%", "4.2 points" or "0.60". Not finite gives "". */
export function formatFigure(value: number, dataSet: Pick<DataSet, "unit" | "multiplier">, decimals?: number): string {
  if (!Number.isFinite(value)) return "";
  const style = figureStyle(dataSet);
  const n = formatNumber(Math.abs(value), decimals ?? decimalsFor(value, style));
  const sign = value < 0 && /[1-9]/.test(n) ? "-" : "";
  switch (style) {
    case "money":
      return `${sign}£${n}`;
    case "percent":
      return `${sign}${n}%`;
    case "points":
      return `${sign}${n} ${n === "1" ? "point" : "points"}`;
    case "number":
      return `${sign}${n}`;
  }
}

const differ = (a: number, b: number): boolean => Math.abs(a - b) > 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * Figures of one data set written side by side with the same decimals, set by the largest of them
 * (so "0.60, against 0.66" and "£98 against £130" never mix styles). When two of `mustDiffer` (by
 * default all) are different but would read the same (0.604 and 0.606 both "0.60"), one more decimal
 * is shown (two for money, so pence), so the text never hides a gap.
 */
export function formatFigures(values: readonly number[], dataSet: Pick<DataSet, "unit" | "multiplier">, mustDiffer: readonly number[] = values): string[] {
  const style = figureStyle(dataSet);
  const finite = values.filter(Number.isFinite);
  const largest = finite.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
  const base = decimalsFor(largest, style);
  const step = style === "money" && base === 0 ? 2 : 1;
  const clash = mustDiffer.some((a, i) => mustDiffer.some((b, j) => i < j && differ(a, b) && formatFigure(a, dataSet, base) === formatFigure(b, dataSet, base)));
  const decimals = clash ? base + step : base;
  return values.map((v) => formatFigure(v, dataSet, decimals));
}

/** Small counts in words, as house style writes them: one to nine; larger counts as numerals. */
export function countWords(n: number): string {
  const words = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
  return words[n] ?? formatNumber(n, 0);
}
