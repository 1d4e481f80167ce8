import { normaliseWords as normalise } from "../forces/names";
import type { InputValue } from "../input";
import { failure, issue, success, type IssuePath, type Result } from "../result";
import type { GradedDirection, GradedPosition } from "./rules";

const positions: Readonly<Record<string, GradedPosition | "neutral">> = {
  better: "better",
  "significantly better than similar forces": "better",
  "better than similar forces": "better",
  similar: "similar",
  "similar to similar forces": "similar",
  worse: "worse",
  "significantly worse than similar forces": "worse",
  "worse than similar forces": "worse",
  higher: "neutral",
  lower: "neutral",
  "higher than similar forces": "neutral",
  "lower than similar forces": "neutral",
  "significantly higher than similar forces": "neutral",
  "significantly lower than similar forces": "neutral",
};

const directions: Readonly<Record<string, GradedDirection>> = {
  improved: "improved",
  stable: "stable",
  deteriorated: "deteriorated",
};

function readWord(value: InputValue, label: string, path: IssuePath): Result<string> {
  if (value === null || value === undefined || value === "") return failure(issue("blank-value", path, { label, expected: "a word such as Better or Improved" }));
  if (typeof value !== "string") return failure(issue("unknown-option", path, { label, value: String(value), choices: "" }));
  return success(normalise(value));
}

/**
 * A position against similar forces, as MSGPOSITION writes it ("Significantly better than similar
 * forces", or "Better than similar forces" for a figure with no sampling error) or as one word (Better, Similar, Worse), in any case. Higher or lower (value for money)
 * gives `not-graded`.
 */
export function parsePosition(value: InputValue, path: IssuePath = {}): Result<GradedPosition> {
  const label = "The position";
  const word = readWord(value, label, path);
  if (!word.ok) return word;
  const found = positions[word.value];
  if (found === undefined) return failure(issue("unknown-option", path, { label, value: String(value), choices: "Better, Similar, Worse" }));
  if (found === "neutral") return failure(issue("not-graded", path, { label, value: String(value) }));
  return success(found);
}

/**
 * Whether a position is worded as MSGPOSITION words a figure with no sampling error ("Better than
 * similar forces", "Worse than similar forces", without "Significantly"): such a comparison was not
 * tested. One word (Better, Worse) says nothing either way: false.
 */
export function isUntestedPosition(value: InputValue): boolean {
  if (typeof value !== "string") return false;
  const word = normalise(value);
  return word === "better than similar forces" || word === "worse than similar forces";
}

/** A direction of travel: Improved, Stable or Deteriorated, in any case. */
export function parseDirection(value: InputValue, path: IssuePath = {}): Result<GradedDirection> {
  const label = "The direction of travel";
  const word = readWord(value, label, path);
  if (!word.ok) return word;
  const found = directions[word.value];
  return found === undefined
    ? failure(issue("unknown-option", path, { label, value: String(value), choices: "Improved, Stable, Deteriorated" }))
    : success(found);
}
