export { forExcelJs, loadWorkbook, readBytes, readSnapshot } from "./load";
export { snapshotOf } from "./read";
export { applyPlan, newWorkbookBytes, writeFileAtomically, writeNewWorkbook } from "./write";
export { patchWorkbook, writeWithPlan } from "./patch";
export { diagnoseBytes, type UnreadableReason } from "./unreadable";
