export * from "./schema";
export * from "./snapshot";
export * from "./template";
export * from "./templatePlan";
export * from "./writePlan";
export * from "./years";
export { checkWorkbook, compareFindings, countBySeverity, toFinding, type Finding } from "./checker";
export * from "./memory";
export * from "./outputTemplate";
