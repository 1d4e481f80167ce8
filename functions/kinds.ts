import type { AssessmentSettings } from "../src/engine/assessment";
import type { DataSet, Domain, Polarity } from "../src/engine/catalogue/types";
import type { InputValue } from "../src/engine/input";
import { success, type Result } from "../src/engine/result";
import { cell, list, measure as measureArgument, name as nameArgument, optionalBoolean, optionalNumber, table, wordList, wordTable, type MeasureChoice } from "./arguments";
import { confidenceLevel, domainArgument, oneOf, perOrDataSet, polarityOrDataSet, proportionMeasure, rankOrder, settingsArgument } from "./choices";
import type { Blank, DefaultValue, Omitted, Parameter } from "./parameter";
import { dataSetArgument, forceColumn, gradeSettings, optionalText } from "./shapes";
import { funnelMeasure, partChoice, spreadArgument, type FunnelMeasure, type SpreadChoice } from "./statistics";

// The kinds of argument, each read by the one reader that holds its rules (functions/arguments.ts for
// blanks, zeros and errors). A required kind's blank gives the Excel error named; an optional kind's
// omission takes its default.

const required = <N extends string, T>(name: N, label: string, kind: string, blank: Blank, read: (value: unknown) => Result<T>): Parameter<N, T> => ({ name, label, kind, blank, read });
const optional = <N extends string, T>(name: N, label: string, kind: string, omitted: Omitted, read: (value: unknown) => Result<T>): Parameter<N, T> => ({ name, label, kind, blank: omitted, read });
const byDefault = (value: DefaultValue): Omitted => ({ value });

/** One figure (a count, a population, pounds); a blank passes on as blank, and the measure gives #N/A. */
export const figure = <N extends string>(name: N, label: string): Parameter<N, InputValue> => required(name, label, "figure", "#N/A", (v) => cell(v, label));

/** A name (a force, a year): non-blank text. */
export const text = <N extends string>(name: N, label: string): Parameter<N, string> => required(name, label, "name", "#N/A", (v) => nameArgument(v, label));

/** A data set id from the catalogue. */
export const dataSet = <N extends string>(name: N): Parameter<N, DataSet> => required(name, "The data set id", "data set", "#N/A", dataSetArgument);

/** One force or a column of forces, blank rows skipped. */
export const forceNames = <N extends string>(name: N): Parameter<N, readonly string[]> => required(name, "The forces", "force or forces", "#N/A", forceColumn);

/** A row or column of figures, in order. */
export const figures = <N extends string>(name: N, label: string, blank: Blank): Parameter<N, readonly InputValue[]> => required(name, label, "range of figures", blank, (v) => list(v, label));

/** A row or column of names or words (Excel's 0 for an empty cell read as blank). */
export const names = <N extends string>(name: N, label: string, blank: Blank): Parameter<N, readonly InputValue[]> => required(name, label, "range of names", blank, (v) => wordList(v, label));

/** A block of figures, row by row. */
export const block = <N extends string>(name: N, label: string, blank: Blank): Parameter<N, readonly (readonly InputValue[])[]> => required(name, label, "block of figures", blank, (v) => table(v, label));

/**
 * A range or table read later, row by row or force by force (so that one bad row does not stop the
 * others), or against another argument (a table by its headings, the MSG table for each force).
 */
export const range = <N extends string>(name: N, label: string, blank: Blank): Parameter<N, unknown> => required(name, label, "range", blank, success);

/** An optional range read later, against another argument; `omitted` says what leaving it out means. */
export const laterRange = <N extends string>(name: N, label: string, omitted: Omitted = {}): Parameter<N, unknown> => optional(name, label, "range", omitted, success);

/** An optional number. */
export const number = <N extends string>(name: N, label: string, fallback: number): Parameter<N, number> => optional(name, label, "number", byDefault(fallback), (v) => optionalNumber(v, fallback, label));

/** A confidence level (under 0.5 refused as an alpha). */
export const level = <N extends string>(name: N, fallback: number): Parameter<N, number> => optional(name, "The confidence level", "confidence level", byDefault(fallback), (v) => confidenceLevel(v, fallback));

/** An optional TRUE/FALSE. */
export const yesNo = <N extends string>(name: N, label: string, fallback: boolean): Parameter<N, boolean> => optional(name, label, "TRUE/FALSE", byDefault(fallback), (v) => optionalBoolean(v, fallback, label));

/** Optional text (a year): undefined when omitted. */
export const optionalName = <N extends string>(name: N, label: string): Parameter<N, string | undefined> => optional(name, label, "text", {}, (v) => success(optionalText(v)));

/** One of a few words. */
export const choice = <N extends string, const W extends string>(name: N, label: string, words: readonly W[], fallback: W): Parameter<N, W> => optional(name, label, `choice of ${words.join(", ")}`, byDefault(fallback), (v) => oneOf(v, words, fallback, label));

/** RATERATIO's and POINTSGAP's `which`: all, the estimate (by its word), lower or upper. */
export const part = <N extends string>(name: N, estimateWord: string) => optional(name, "Which", `choice of all, ${estimateWord}, lower, upper`, byDefault("all"), (v) => partChoice(v, estimateWord));

/** A multiplier, or a data set id or measure word bringing its statistic and multiplier. */
export const per = <N extends string>(name: N, fallback: number): Parameter<N, MeasureChoice> => optional(name, "The multiplier (per)", "multiplier or data set", byDefault(fallback), (v) => perOrDataSet(v, { statistic: "rate", per: fallback }));

/** FUNNELLIMITS' and ZSCORE's `per`: as `per`, refusing figures with no sampling error. */
export const funnelPer = <N extends string>(name: N): Parameter<N, FunnelMeasure> => optional(name, "The measure (per)", "multiplier or data set", byDefault(1000), funnelMeasure);

/** The spread between forces: a factor phi, a model word or the Rules table. */
export const spread = <N extends string>(name: N): Parameter<N, SpreadChoice> => optional(name, "The overdispersion", "factor, model or Rules", byDefault(1), spreadArgument);

/** A measure word or data set id. */
export const measure = <N extends string>(name: N, fallback: "rate" | "proportion"): Parameter<N, MeasureChoice> => optional(name, "The measure", "measure or data set", byDefault(fallback), (v) => measureArgument(v, fallback));

/** POINTSGAP's measure: proportions or survey percentages. */
export const gapMeasure = <N extends string>(name: N): Parameter<N, MeasureChoice> => optional(name, "The measure", "proportion, survey or data set", byDefault("proportion"), proportionMeasure);

/** Which way is better, or a data set id that says so. */
export const polarity = <N extends string>(name: N): Parameter<N, { polarity?: Polarity; dataSet?: MeasureChoice }> => optional(name, "The polarity", "polarity or data set", byDefault("neutral"), polarityOrDataSet);

/** MSGRANK's order, as RANK.EQ's. */
export const order = <N extends string>(name: N): Parameter<N, Polarity> => optional(name, "The order", "order, polarity or data set", byDefault(0), rankOrder);

/** The Rules table as it is; the template's rules when omitted. */
export const rules = <N extends string>(name: N, words: string): Parameter<N, AssessmentSettings> => optional(name, "Rules", "Rules table", { words }, settingsArgument);

/** GRADE's rules: the Rules table or a two-column list of grading rules. */
export const gradingRules = <N extends string>(name: N, words: string): Parameter<N, AssessmentSettings> => optional(name, "The rules", "Rules table or grading rules", { words }, gradeSettings);

/** A domain by name or id; all domains when omitted. */
export const domain = <N extends string>(name: N, words: string): Parameter<N, Domain | undefined> => optional(name, "The domain", "domain", { words }, domainArgument);

/** An optional block of words (evidence): none when omitted. */
export const wordBlock = <N extends string>(name: N, label: string): Parameter<N, readonly (readonly InputValue[])[]> =>
  optional(name, label, "block of words", {}, (v) => (v === null || v === undefined ? success([]) : wordTable(v, label)));
