import { closestForceName, normaliseForceName, sameForce } from "../forces/names";
import type { InputValue } from "../input";
import { remembered } from "../remember";
import { failure, issue, success, type Result } from "../result";

/** Where a Most Similar Group came from: the Home Office list, or derived here from variables. */
export type GroupSource = "official" | "derived";

/**
 * A force's Most Similar Group: the forces most like it. Groups are force-specific neighbour sets,
 * not a partition: A in B's group does not put B in A's.
 */
export interface MsgGroup {
  readonly force: string;
  readonly peers: readonly string[];
  readonly year?: string;
  /** Left out when nobody said (a range typed into a formula). */
  readonly source?: GroupSource;
}

/**
 * The group of `force`. A force with no row gives `force-not-in-group` (suggesting the closest name);
 * a row with no peers gives `empty-group`.
 */
export function findGroup(force: string, groups: readonly MsgGroup[]): Result<MsgGroup> {
  const group = groups.find((g) => sameForce(g.force, force));
  if (!group) {
    const suggestion = closestForceName(force, groups.map((g) => g.force));
    return failure(issue("force-not-in-group", { force }, suggestion ? { force, suggestion } : { force }));
  }
  if (group.peers.filter((p) => !sameForce(p, force)).length === 0) {
    return failure(issue("empty-group", { force }, { force: group.force }));
  }
  return success(group);
}

/**
 * The forces a comparison covers: the peers, and the force itself first when `includeForce` (the
 * predecessor framework's MSG average included the force). A peer listed twice, or the force listed
 * as its own peer, counts once.
 */
export function groupMembers(group: MsgGroup, includeForce: boolean): readonly string[] {
  return remembered(membersOfGroups, group, includeForce ? "with the force" : "peers", () => {
    const members: string[] = includeForce ? [group.force] : [];
    const seen = new Set([normaliseForceName(group.force)]);
    for (const peer of group.peers) {
      const key = normaliseForceName(peer);
      if (seen.has(key)) continue;
      seen.add(key);
      members.push(peer);
    }
    return members;
  });
}

const membersOfGroups = new WeakMap<MsgGroup, Map<string, readonly string[]>>();

/**
 * Groups from rows of cells, as an MSG table is laid out in a workbook: the force in the first column
 * and its peers in the columns after it. One row per force and peer (two columns) and one row per
 * force with all its peers (many columns) both work, and rows for the same force add up. Blank cells
 * are skipped; a first row whose first cell is "Force" is a header. Numbers are read as names.
 */
export function groupsFromRows(rows: readonly (readonly InputValue[])[], source?: GroupSource): readonly MsgGroup[] {
  const byForce = new Map<string, { force: string; peers: string[]; seen: Set<string> }>();
  const text = (c: InputValue) => (typeof c === "string" ? c.trim() : c === null || c === undefined ? "" : String(c).trim());
  rows.forEach((row, i) => {
    const first = text(row[0]);
    if (!first || (i === 0 && normaliseForceName(first) === "force")) return;
    const key = normaliseForceName(first);
    const entry = byForce.get(key) ?? { force: first, peers: [], seen: new Set<string>() };
    for (let j = 1; j < row.length; j++) {
      const peer = text(row[j]);
      const peerKey = peer ? normaliseForceName(peer) : "";
      if (peerKey === "" || entry.seen.has(peerKey)) continue;
      entry.seen.add(peerKey);
      entry.peers.push(peer);
    }
    byForce.set(key, entry);
  });
  return [...byForce.values()].map(({ force, peers }) => (source ? { force, peers, source } : { force, peers }));
}

/**
 * The group of one force from rows laid out as for {@link groupsFromRows}, reading only that force's
 * rows; gives the same issues as {@link findGroup}, suggesting the closest force named in the rows.
 */
export function groupFromRows(force: string, rows: readonly (readonly InputValue[])[], source?: GroupSource): Result<MsgGroup> {
  const key = normaliseForceName(force);
  const own = rows.filter((row) => typeof row[0] === "string" && normaliseForceName(row[0]) === key);
  if (own.length > 0) return findGroup(force, groupsFromRows(own, source));
  return findGroup(force, groupsFromRows(rows, source));
}
