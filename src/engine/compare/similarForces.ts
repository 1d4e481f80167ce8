import { mean, sampleStandardDeviation } from "simple-statistics";
import { sameForce } from "../forces/names";
import { readNumber, readPositive, type InputValue } from "../input";
import { all, failure, issue, success, warning, type Issue, type Result } from "../result";
import { closestForceName } from "../forces/names";
import type { MsgGroup } from "./groups";

/** Socio-demographic variables for one force (hard-pressed households, density, ...), one value each. */
export interface ForceVariables {
  readonly force: string;
  readonly values: readonly InputValue[];
}

export interface SimilarForce {
  readonly force: string;
  /** Euclidean distance over the standardised variables: 0 is identical. */
  readonly distance: number;
}

export interface DerivedGroup {
  readonly group: MsgGroup;
  readonly nearest: readonly SimilarForce[];
  /** Variables left out because every force had the same value. */
  readonly unusedVariables: readonly number[];
}

/**
 * A group derived from variables the user supplies, for when no official Most Similar Group list is
 * at hand: each variable is standardised (minus the mean over all forces, divided by the sample
 * standard deviation), and the `k` forces nearest in Euclidean distance are the peers (ties by name).
 * The result is labelled `derived`, never `official`.
 *
 * Every force needs a number for every variable (a blank gives `blank-value`); a variable that is the
 * same for every force cannot separate them and is left out with a `constant-variable` warning.
 * Asking for more peers than there are other forces gives `not-enough-forces`.
 */
export function similarForces(
  force: string,
  table: readonly ForceVariables[],
  k: InputValue = 7,
  variableNames: readonly string[] = [],
): Result<DerivedGroup> {
  const kRead = readPositive(k, { label: "The number of similar forces" }, "a whole number of 1 or more");
  if (!kRead.ok) return kRead;
  const wanted = Math.floor(kRead.value);
  const self = table.find((row) => sameForce(row.force, force));
  if (!self) {
    const suggestion = closestForceName(force, table.map((r) => r.force));
    return failure(issue("force-not-found", { force }, suggestion ? { force, suggestion } : { force }));
  }
  const width = self.values.length;
  const nameOf = (j: number) => variableNames[j] ?? `Variable ${j + 1}`;
  const read = all(
    table.map((row) => {
      if (row.values.length !== width) {
        return failure(issue("lengths-differ", { force: row.force }, { first: self.force, firstLength: width, second: row.force, secondLength: row.values.length }));
      }
      return all(row.values.map((v, j) => readNumber(v, { label: `${nameOf(j)} for ${row.force}`, path: { force: row.force } })));
    }),
  );
  if (!read.ok) return read;
  const matrix = read.value as readonly (readonly number[])[];
  const others = table.length - 1;
  if (wanted > others) {
    return failure(issue("not-enough-forces", {}, { available: others, requested: wanted }));
  }
  const warnings: Issue[] = [];
  const used: { j: number; centre: number; spread: number }[] = [];
  const unusedVariables: number[] = [];
  for (let j = 0; j < width; j++) {
    const column = matrix.map((row) => row[j] as number);
    const spread = column.length > 1 ? sampleStandardDeviation(column) : 0;
    if (!(spread > 0)) {
      unusedVariables.push(j);
      warnings.push(warning("constant-variable", {}, { label: nameOf(j) }));
      continue;
    }
    used.push({ j, centre: mean(column), spread });
  }
  const selfIndex = table.indexOf(self);
  const z = (row: readonly number[]) => used.map(({ j, centre, spread }) => ((row[j] as number) - centre) / spread);
  const origin = z(matrix[selfIndex] as readonly number[]);
  const nearest = table
    .map((row, i) => ({ force: row.force, distance: Math.hypot(...z(matrix[i] as readonly number[]).map((v, d) => v - (origin[d] as number))) }))
    .filter((candidate) => !sameForce(candidate.force, self.force))
    .sort((a, b) => a.distance - b.distance || a.force.localeCompare(b.force, "en-GB"))
    .slice(0, wanted);
  return success(
    { group: { force: self.force, peers: nearest.map((n) => n.force), source: "derived" }, nearest, unusedVariables },
    warnings,
  );
}
