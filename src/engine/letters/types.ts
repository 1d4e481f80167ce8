import type { Issue } from "../result";

/** A block of a letter, as data: the Word face turns each into a real heading, paragraph, list or table. */
export type LetterBlock =
  | { readonly kind: "heading"; readonly level: 1 | 2 | 3; readonly text: string }
  | { readonly kind: "paragraph"; readonly text: string }
  | { readonly kind: "list"; readonly items: readonly string[] }
  /** A table whose first row (`header`) repeats as a header row. */
  | { readonly kind: "table"; readonly header: readonly string[]; readonly rows: readonly (readonly string[])[] };

/** The kinds of letter: feedback to the force and authority, or an open letter when a domain falls short. */
export type LetterKind = "feedback" | "open";

/** A letter, ready for a face to lay out. */
export interface Letter {
  readonly force: string;
  readonly kind: LetterKind;
  /** The document's title (also its first heading). */
  readonly title: string;
  /** Marked DRAFT: the force's graded domains are not all Final. */
  readonly draft: boolean;
  /** Open letters are written to be published. */
  readonly forPublication: boolean;
  readonly blocks: readonly LetterBlock[];
  /** What the letter had to leave as a placeholder (`letter-placeholder`), to be reported. */
  readonly placeholders: readonly Issue[];
}

/** Who the letters go to, from optional columns of the Forces table. */
export interface Contacts {
  readonly chiefConstable: string;
  readonly chair: string;
  readonly address: string;
}

/** A graded domain's grade as people decided it, with its status. */
export interface LetterGrade {
  readonly domain: string;
  /** The method's recommendation; null when there was not enough data. */
  readonly recommended: string | null;
  /** The final grade a person decided ("" when not yet decided). */
  readonly finalGrade: string;
  readonly reason: string;
  /** Who decided the final grade, and when, as written in the Assessment sheet ("" when not given). */
  readonly assessor: string;
  readonly date: string;
  /** The grade the letter gives: the final grade when decided, else the recommendation. */
  readonly shown: string | null;
  readonly final: boolean;
}
