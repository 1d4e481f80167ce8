import type { DomainId } from "../catalogue/types";

/** The three key questions every domain report answers (DOMAIN.md, section 1). */
export const keyQuestions = [
  "What does the force do well?",
  "Where does the force need to improve?",
  "What is the force doing to improve?",
] as const;

export type KeyQuestion = (typeof keyQuestions)[number];

/** One key question and its answer, in plain English. */
export interface Answer {
  readonly question: KeyQuestion;
  readonly text: string;
}

/** The report text for one force and domain. */
export interface DomainReport {
  readonly domain: DomainId;
  /** The domain's name, as in the catalogue. */
  readonly name: string;
  /**
   * For a graded domain, the grade sentences ("We recommend the grade Good. A person decides the final
   * grade."), with any evidence rule that changed the grade; for value for money, the profile: each
   * cost against similar forces and all forces, never a grade.
   */
  readonly summary: string;
  /** The three key questions, in order. */
  readonly answers: readonly Answer[];
  /**
   * What belongs to neither "do well" nor "need to improve": data sets similar to similar forces,
   * data sets with no figures, evidence with a neutral judgement. Empty when there is none.
   */
  readonly otherFindings: string;
}

/**
 * A domain's report from its parts: the answers to the three key questions in their order ({@link
 * keyQuestions}: do well, need to improve, doing to improve).
 */
export function domainReport(domain: { readonly id: DomainId; readonly name: string }, summary: string, answers: readonly [string, string, string], otherFindings: string): DomainReport {
  return { domain: domain.id, name: domain.name, summary, answers: keyQuestions.map((question, i) => ({ question, text: answers[i] as string })), otherFindings };
}

/** The report text for one force: its four domains, in catalogue order. */
export interface ForceReport {
  readonly force: string;
  readonly year: string;
  /** Notes for the whole report, such as that the figures are illustrative. */
  readonly notes: readonly string[];
  readonly domains: readonly DomainReport[];
}
