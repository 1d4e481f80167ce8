import { all, mapResult, type Result } from "../src/engine/result";
import { valueOrThrow } from "./errors";
import type { ExcelErrorCode } from "./runtime";

/** A value an analyst can type for an omitted argument's default: a number, TRUE/FALSE or a word. */
export type DefaultValue = number | boolean | string;

/**
 * What an omitted optional argument means: `value`, the default an analyst could type instead (its
 * JSDoc says "<value> (the default"), or `words`, what the JSDoc says happens (a default from the
 * Rules, all of them, none); neither when omitting it simply leaves it out (a year, evidence).
 */
export interface Omitted {
  readonly value?: DefaultValue;
  readonly words?: string;
}

/**
 * What a blank required argument gives: Excel's error, or (for a template table a function spills
 * from) an answer whose rows say what is missing.
 */
export type Blank = ExcelErrorCode | "the spill says what is missing";

/**
 * One argument of a custom function: its name in the signature, its label (the user's words in error
 * messages), its kind (which reader of functions/arguments.ts, choices.ts, shapes.ts or statistics.ts
 * reads it), and its blank rule: for a required argument the Excel error a blank gives, for an
 * optional one what omitting it means. `read` turns what Excel passes into the typed value.
 */
export interface Parameter<N extends string = string, T = unknown> {
  readonly name: N;
  readonly label: string;
  readonly kind: string;
  readonly blank: Blank | Omitted;
  readonly read: (value: unknown) => Result<T>;
}

/** The typed values of a function's arguments, by parameter name. */
export type Arguments<S extends readonly Parameter[]> = { readonly [P in S[number] as P["name"]]: P extends Parameter<string, infer T> ? T : never };

/** Whether a parameter is optional (its blank rule says what omitting it means). */
export function isOptional(parameter: Parameter): boolean {
  return typeof parameter.blank === "object";
}

/**
 * Reads every argument by its parameter, in order, and gives them by name; the first argument that
 * cannot be read stops the function with its Excel error (as valueOrThrow).
 */
export function argumentsOf<const S extends readonly Parameter[]>(spec: S, values: readonly unknown[]): Arguments<S> {
  const read = all(spec.map((p, i) => p.read(values[i])));
  return valueOrThrow(mapResult(read, (typed) => Object.fromEntries(spec.map((p, i) => [p.name, typed[i]])) as Arguments<S>));
}

/** Each parameter's label by name, for the arguments a function reads later, row by row. */
export function labelsOf<const S extends readonly Parameter[]>(spec: S): { readonly [P in S[number] as P["name"]]: string } {
  return Object.fromEntries(spec.map((p) => [p.name, p.label])) as { readonly [P in S[number] as P["name"]]: string };
}
