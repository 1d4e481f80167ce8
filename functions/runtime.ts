import type { ExcelError } from "../src/engine/messages/codes";

/** The Excel error texts a function can give (the engine's code table gives one for each issue code). */
export type ExcelErrorCode = ExcelError;

/** What a function returns instead of a value: Excel's error with the reason in plain English. */
export interface FunctionError {
  readonly code: ExcelErrorCode;
  readonly message?: string;
}

/**
 * The project's stand-in for Excel's `CustomFunctions` global, for Node (tests, the `ra` command,
 * other programs): the same shape, so the functions run unchanged outside Excel.
 */
export const customFunctionsStandIn = {
  Error: class StandInError implements FunctionError {
    readonly code: ExcelErrorCode;
    readonly message?: string;
    constructor(code: ExcelErrorCode, message?: string) {
      this.code = code;
      if (message !== undefined) this.message = message;
    }
  },
  ErrorCode: {
    invalidValue: "#VALUE!",
    notAvailable: "#N/A",
    divisionByZero: "#DIV/0!",
    invalidNumber: "#NUM!",
  },
} as const;

type ErrorFactory = new (code: ExcelErrorCode, message?: string) => FunctionError;

/** Excel's error class inside Office, the stand-in elsewhere. */
function errorClass(): ErrorFactory {
  const office = (globalThis as { CustomFunctions?: { Error: unknown } }).CustomFunctions;
  return (office?.Error as ErrorFactory | undefined) ?? customFunctionsStandIn.Error;
}

/** Makes the error value a function returns, through Excel's class when Excel is there. */
export function excelError(code: ExcelErrorCode, message?: string): FunctionError {
  const ErrorClass = errorClass();
  return new ErrorClass(code, message);
}

/** Whether a value is an error value, from Excel or the stand-in. */
export function isFunctionError(value: unknown): value is FunctionError {
  if (typeof value !== "object" || value === null) return false;
  const code = (value as { code?: unknown }).code;
  return typeof code === "string" && code.startsWith("#");
}
