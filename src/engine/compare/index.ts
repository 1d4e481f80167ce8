export { findGroup, groupFromRows, groupMembers, groupsFromRows, type GroupSource, type MsgGroup } from "./groups";
export { checkFigure, defaultPer, figureOf, type CheckedFigure, type FigureLabels, type ForceFigure, type YearFigure } from "./figures";
export { msgAverage, weightedAverage, type MsgAverage, type MsgAverageOptions } from "./msgAverage";
export { msgRank, rankEq, type ForceValue, type MsgRank } from "./msgRank";
export { figureEstimate, funnelPointOf, msgPosition, positionLabel, type FunnelTest, type MsgPosition, type PositionKind } from "./msgPosition";
export { directionOfTravel, type DirectionKind, type DirectionOfTravel } from "./direction";
export { similarForces, type DerivedGroup, type ForceVariables, type SimilarForce } from "./similarForces";
export { comparisonDefaults, judge, sideWithinTolerance, type ComparisonOptions, type Side } from "./options";
export { englandAndWalesFigure, type EnglandAndWalesFigure } from "./englandAndWales";
