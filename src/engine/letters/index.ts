export { feedbackLetter, letterProse, openLetter, type LetterFacts } from "./content";
export { contactColumns, contactsOf, letterGrades, missingContacts, shortFalls, type ShortFall } from "./rules";
export type { Contacts, Letter, LetterBlock, LetterGrade, LetterKind } from "./types";
