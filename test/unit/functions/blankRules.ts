import { parameters } from "../../../functions/parameters";
import { excel } from "./call";

type Name = keyof typeof parameters;

/**
 * The blank rules of a function's parameter spec (functions/parameters.ts), tested from one call that
 * works (`given`, every argument given, checked by hand in the function's own tests): a blank required
 * argument gives the spec's Excel error (or, for a table a function spills from, an answer that is not
 * the full one), an omitted optional one gives the same answer as its default typed in, and one with
 * no default gives an answer, alike whether Excel passes null or nothing for it.
 */
export function blankRules(fn: Name, given: readonly unknown[]): void {
  const spec = parameters[fn];
  const call = (i: number, value: unknown) => excel(fn, ...given.map((g, j) => (j === i ? value : g)));
  describe(`${fn}'s blank rules (functions/parameters.ts)`, () => {
    it("the call they start from works", () => {
      expect(excel(fn, ...given)).not.toHaveProperty("code");
    });
    spec.forEach((p, i) => {
      const blank = p.blank;
      if (blank === "the spill says what is missing") {
        it(`a blank ${p.name} gives a spill that says what is missing`, () => {
          const answer = call(i, null);
          expect(Array.isArray(answer)).toBe(true);
          expect(answer).not.toEqual(excel(fn, ...given));
        });
      } else if (typeof blank === "string") {
        it(`a blank ${p.name} gives ${blank}`, () => {
          expect(call(i, null)).toMatchObject({ code: blank });
        });
      } else if (blank.value !== undefined) {
        const typed = blank.value;
        it(`an omitted ${p.name} gives the answer of its default, ${String(typed)}`, () => {
          const omitted = call(i, null);
          expect(omitted).not.toHaveProperty("code");
          expect(omitted).toEqual(call(i, typed));
        });
      } else {
        it(`an omitted ${p.name} (no default: its JSDoc says what it means) gives an answer, the same whether Excel passes null or nothing`, () => {
          const omitted = call(i, null);
          expect(omitted).not.toHaveProperty("code");
          expect(call(i, undefined)).toEqual(omitted);
        });
      }
    });
  });
}
