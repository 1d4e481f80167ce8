import { severityOf, type IssueCode, type IssueParamsByCode, type IssueParamsOf, type Severity } from "./messages/codes";

export type { IssueCode, IssueParamsOf, Severity } from "./messages/codes";

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

/** The facts of an issue as any reader sees them; {@link issue} checks them against the code when it is made. */
export type IssueParams = Readonly<Record<string, string | number | undefined>>;

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
  return { ok: false, issues: "code" in issues ? [issues] : issues };
}

/** An issue's facts after its path: required when the code has any facts that are. */
type Facts<C extends IssueCode> = Record<never, never> extends IssueParamsByCode[C] ? [params?: IssueParamsOf<C>] : [params: IssueParamsOf<C>];

/** The facts, then the severity where the context changes the code table's. */
type FactsAndSeverity<C extends IssueCode> = Record<never, never> extends IssueParamsByCode[C]
  ? [params?: IssueParamsOf<C>, severity?: Severity]
  : [params: IssueParamsOf<C>, severity?: Severity];

/** A code's facts as every reader of an issue sees them (checked against the code where the issue is made). */
const facts = (params: object | undefined): IssueParams => (params ?? {}) as IssueParams;

/**
 * An issue with code `C`: the compiler checks its facts against the code's entry in the code table
 * (messages/codes.ts). The severity is the table's unless given.
 */
export function issue<C extends IssueCode>(code: C, path: IssuePath = {}, ...[params, severity]: FactsAndSeverity<C>): Issue {
  return { code, severity: severity ?? severityOf(code), path, params: facts(params) };
}

/** An issue given as a warning, whatever the code table's severity. */
export function warning<C extends IssueCode>(code: C, path: IssuePath = {}, ...[params]: Facts<C>): Issue {
  return { code, severity: "warning", path, params: facts(params) };
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
  let issues: Issue[] | undefined;
  let warnings: Issue[] | undefined;
  const values: unknown[] = new Array<unknown>(results.length);
  results.forEach((r, i) => {
    if (!r.ok) (issues ??= []).push(...r.issues);
    else {
      values[i] = r.value;
      if (r.warnings.length > 0) (warnings ??= []).push(...r.warnings);
    }
  });
  return issues ? failure(issues) : success(values as Values<R>, warnings);
}
