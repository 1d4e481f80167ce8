import type { IssueCode } from "./messages/codes";

/** How serious a finding is: an error stops a calculation, a warning and info do not. */
export type Severity = "error" | "warning" | "info";

/**
 * Where a problem is. The engine fills what it knows (an argument, a force, a year); faces that know
 * more (a sheet and cell) add it with {@link atPath}.
 */
export interface IssuePath {
  readonly argument?: string;
  readonly sheet?: string;
  readonly table?: string;
  readonly row?: number;
  readonly column?: string;
  readonly cell?: string;
  readonly force?: string;
  readonly year?: string;
  readonly dataSet?: string;
}

export type IssueParams = Readonly<Record<string, string | number>>;

/** A problem with data, as data: a stable code, where it is, how serious, and the facts for the message. */
export interface Issue {
  readonly code: IssueCode;
  readonly severity: Severity;
  readonly path: IssuePath;
  readonly params: IssueParams;
}

export interface Success<T> {
  readonly ok: true;
  readonly value: T;
  readonly warnings: readonly Issue[];
}

export interface Failure {
  readonly ok: false;
  readonly issues: readonly Issue[];
}

/** The outcome of every engine calculation: a value with any warnings, or the issues that stopped it. */
export type Result<T> = Success<T> | Failure;

export function success<T>(value: T, warnings: readonly Issue[] = []): Success<T> {
  return { ok: true, value, warnings };
}

export function failure(issues: Issue | readonly Issue[]): Failure {
  return { ok: false, issues: Array.isArray(issues) ? issues : [issues as Issue] };
}

export function issue(
  code: IssueCode,
  path: IssuePath = {},
  params: IssueParams = {},
  severity: Severity = "error",
): Issue {
  return { code, severity, path, params };
}

export function warning(code: IssueCode, path: IssuePath = {}, params: IssueParams = {}): Issue {
  return issue(code, path, params, "warning");
}

/** Adds location to every issue of a result (for example the sheet and cell a face read the input from). */
export function atPath<T>(result: Result<T>, path: IssuePath): Result<T> {
  const move = (i: Issue): Issue => ({ ...i, path: { ...i.path, ...path } });
  return result.ok
    ? success(result.value, result.warnings.map(move))
    : failure(result.issues.map(move));
}

/** Every issue of a result, errors and warnings alike. */
export function issuesOf(result: Result<unknown>): readonly Issue[] {
  return result.ok ? result.warnings : result.issues;
}

/**
 * Runs `next` on the value of `result`, carrying its warnings forward; a failure passes straight
 * through.
 */
export function andThen<T, U>(result: Result<T>, next: (value: T) => Result<U>): Result<U> {
  if (!result.ok) return result;
  const after = next(result.value);
  return after.ok ? success(after.value, [...result.warnings, ...after.warnings]) : after;
}

/** Maps the value of a successful result. */
export function mapResult<T, U>(result: Result<T>, f: (value: T) => U): Result<U> {
  return result.ok ? success(f(result.value), result.warnings) : result;
}

type Values<R extends readonly Result<unknown>[]> = { [K in keyof R]: R[K] extends Result<infer V> ? V : never };

/** Combines several results: all their values, or every issue of every failure. */
export function all<R extends readonly Result<unknown>[]>(results: R): Result<Values<R>> {
  const issues: Issue[] = [];
  const warnings: Issue[] = [];
  for (const r of results) {
    if (r.ok) warnings.push(...r.warnings);
    else issues.push(...r.issues);
  }
  if (issues.length > 0) return failure(issues);
  return success(results.map((r) => (r as Success<unknown>).value) as unknown as Values<R>, warnings);
}
