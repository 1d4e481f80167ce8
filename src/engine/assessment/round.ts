/**
 * A figure as the output sheets and charts write it: rounded to `digits` decimals (4 unless told);
 * null for no figure, NaN or an infinity. Zero stays 0.
 */
export function roundFigure(n: number | null | undefined, digits = 4): number | null {
  return n === null || n === undefined || !Number.isFinite(n) ? null : Number(n.toFixed(digits));
}
