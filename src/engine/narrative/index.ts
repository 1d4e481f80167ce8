export { writeDomainReport, writeForceReport, domainReportText } from "./report";
export { readability, sentencesOf, wordsOf, type Readability } from "./readability";
export { syllablesIn } from "./syllables";
export { formatFigure, formatFigures, formatNumber, figureStyle, decimalsFor, type FigureStyle } from "./numbers";
export { keyQuestions, type Answer, type DomainReport, type ForceReport, type KeyQuestion } from "./types";
export { gradeMeaning } from "./gradeMeaning";
export { changeWords } from "./dataSetText";
