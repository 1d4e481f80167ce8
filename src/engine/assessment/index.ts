export * from "./types";
export { readInputs, type AssessmentInputs } from "./inputs";
export { readSettings, type AssessmentSettings } from "./settings";
export { assessForce, assessOneDataSet, forcesOf, gradeDomain, gradeInputs, groupOf } from "./assessForce";
export { evidenceAdjustments } from "./evidence";
export { figuresFor, perOf } from "./figures";
export { assessmentPlan, type ReportText } from "./output";
export { planAssessments, reportTextOf } from "./reportText";
export { cellText, decisionKey, readDecisions, reportStatusOf, type Decision } from "./decisions";
