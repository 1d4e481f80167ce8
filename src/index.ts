/**
 * Rounded Assessment for Node: the engine (measures, intervals, comparisons with the Most Similar
 * Group, direction of travel, grading) and the custom functions as Excel runs them.
 */
export * from "./engine";
export { customFunctions, type CustomFunctionName } from "../functions/registry";
export { customFunctionsStandIn, isFunctionError, type ExcelErrorCode, type FunctionError } from "../functions/runtime";
