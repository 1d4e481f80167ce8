export * from "./types";
export { readInputs, type AssessmentInputs } from "./inputs";
export { readSettings, type AssessmentSettings } from "./settings";
export { assessForce, forcesOf } from "./assessForce";
export { evidenceAdjustments } from "./evidence";
export { figuresFor, perOf } from "./figures";
export { assessmentPlan, type ReportText } from "./output";
export { planAssessments, reportTextOf } from "./reportText";
export { cellText, decisionKey, openComments, overrideWithoutReason, readDecisions, reportStatusOf, type Decision } from "./decisions";
