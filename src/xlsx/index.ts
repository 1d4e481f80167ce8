export { loadWorkbook, readBytes, readSnapshot, snapshotOf } from "./read";
export { applyPlan, newWorkbookBytes, writeFileAtomically, writeNewWorkbook, writeWithPlan } from "./write";
export { diagnoseBytes, type UnreadableReason } from "./unreadable";
