export { mergeCopies, type ConflictSide, type CopyChanges, type MergeConflict, type MergeResult, type RegionalCopy } from "./merge";
export { mergedTables, nationalTables, type MergedTable } from "./mergeTables";
export { blockersByForce, programmeStatus, progressStatuses, progressTotals, type DomainProgress, type ProgrammeStatus, type ProgressStatus, type ProgressTotals } from "./status";
export { whyNotMergeable } from "./copyCheck";
