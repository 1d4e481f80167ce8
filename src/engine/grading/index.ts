export { defaultGradingRules, ruleNames, type GradeBand, type GradedDirection, type GradedPosition, type GradingRules } from "./rules";
export { rulesFromTable } from "./rulesTable";
export { parseDirection, parsePosition } from "./parse";
export { recommendGrade, type GradeInput, type GradeRecommendation, type TraceLine } from "./recommend";
