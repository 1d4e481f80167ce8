export { readBytes, readSnapshot, snapshotFromBytes } from "./load";
export { snapshotOf } from "./read";
export { applyPlan, newWorkbookBytes, writeFileAtomically, writeNewWorkbook } from "./write";
export { patchWorkbook, writeWithPlan } from "./patch";
export { diagnoseBytes, type UnreadableReason } from "./unreadable";
