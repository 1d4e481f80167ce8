import type { Polarity } from "../catalogue/types";
import { readNumber, type InputValue } from "../input";
import { all, andThen, mapResult, type Result } from "../result";
import { byForce, figureOf } from "./figures";
import { findGroup, groupMembers, type MsgGroup } from "./groups";

/** A force's value for ranking. */
export interface ForceValue {
  readonly force: string;
  readonly value: InputValue;
}

export interface MsgRank {
  /** 1 is best (for `higher` or `lower` polarity) or highest (for `neutral`). */
  readonly rank: number;
  /** How many forces were ranked: the force and its peers. */
  readonly of: number;
  readonly members: readonly string[];
}

/**
 * Where `value` stands among `values`, as Excel's RANK.EQ: 1 plus the number of values strictly
 * better, so tied values share a rank and the next rank is skipped. `higher` polarity ranks the
 * largest first; `lower` the smallest first; `neutral` the largest first (1 = highest).
 */
export function rankEq(value: number, values: readonly number[], polarity: Polarity): number {
  const better = polarity === "lower" ? (v: number) => v < value : (v: number) => v > value;
  return 1 + values.filter(better).length;
}

/**
 * A force's rank within its Most Similar Group (the force and its peers), 1 = best by polarity, ties
 * as Excel's RANK.EQ. Every member needs a value: a missing one gives `no-data`, a blank one
 * `blank-value`.
 */
export function msgRank(
  force: string,
  groups: readonly MsgGroup[],
  values: readonly ForceValue[],
  polarity: Polarity = "higher",
): Result<MsgRank> {
  return andThen(findGroup(force, groups), (group) => {
    const members = groupMembers(group, true);
    const index = byForce(values);
    const read = all(
      members.map((member) =>
        andThen(figureOf(member, index, "value"), (v) =>
          readNumber(v.value, { label: `The value for ${member}`, path: { force: member } }),
        ),
      ),
    );
    return mapResult(read, (numbers) => ({
      rank: rankEq(numbers[0] as number, numbers, polarity),
      of: members.length,
      members,
    }));
  });
}
