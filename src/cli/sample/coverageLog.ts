import { ALL_FORCES, ALL_OTHER_FORCES, coverageStatuses, type CoverageRow, type CoverageStatus } from "../../engine/workbook";

/**
 * Records, while the sample is built, whether each force's figure for a data set and year is real,
 * illustrative or missing, and turns that into the Coverage table's rows.
 */
export class CoverageLog {
  private readonly entries = new Map<string, { dataSetId: string; year: string; byStatus: Map<CoverageStatus, { forces: string[]; sources: Set<string> }> }>();

  constructor(private readonly forceCount: number) {}

  record(dataSetId: string, year: string, force: string, status: CoverageStatus, source: string): void {
    const key = `${dataSetId}|${year}`;
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { dataSetId, year, byStatus: new Map() };
      this.entries.set(key, entry);
    }
    let group = entry.byStatus.get(status);
    if (!group) {
      group = { forces: [], sources: new Set() };
      entry.byStatus.set(status, group);
    }
    group.forces.push(force);
    group.sources.add(source);
  }

  /**
   * One row per data set, year and status, in the order recorded: the largest group says "All forces"
   * or "All other forces"; the others name their forces.
   */
  rows(): CoverageRow[] {
    const out: CoverageRow[] = [];
    for (const { dataSetId, year, byStatus } of this.entries.values()) {
      const largest = [...byStatus.entries()].sort((a, b) => b[1].forces.length - a[1].forces.length)[0]?.[0];
      for (const status of coverageStatuses) {
        const group = byStatus.get(status);
        if (!group) continue;
        const which = status === largest ? (group.forces.length === this.forceCount ? ALL_FORCES : ALL_OTHER_FORCES) : group.forces.join("; ");
        out.push({ dataSetId, year, status, forces: group.forces.length, which, source: [...group.sources].join(" | ") });
      }
    }
    return out;
  }
}
