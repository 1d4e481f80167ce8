import { cellText, decisionKey } from "../assessment/decisions";
import type { ForceAssessment } from "../assessment/types";
import { normaliseWords, sameForce } from "../forces/names";
import { issue, type Issue } from "../result";
import type { Session } from "../session/session";
import { cellOf, findTable, type WorkbookSnapshot } from "../workbook/snapshot";
import type { Contacts, LetterGrade } from "./types";

/** Optional columns of the Forces table that name who the letters go to. */
export const contactColumns = { chiefConstable: "Chief constable", chair: "Police authority chair", address: "Address" } as const;

/**
 * Who a force's letters go to: the force's first non-blank "Chief constable", "Police authority
 * chair" and "Address" cells in the Forces table (optional columns, not part of the template's
 * required layout); "" where the workbook does not give one.
 */
export function contactsOf(snapshot: WorkbookSnapshot, force: string): Contacts {
  const table = findTable(snapshot, "Forces");
  const found = { chiefConstable: "", chair: "", address: "" };
  for (const r of table?.rows ?? []) {
    if (!table || !sameForce(cellText(cellOf(table, r, "Force")), force)) continue;
    for (const key of Object.keys(contactColumns) as (keyof typeof contactColumns)[]) {
      if (found[key] === "") found[key] = cellText(cellOf(table, r, contactColumns[key]));
    }
  }
  return found;
}

/** The `letter-placeholder` issues for the contacts a workbook does not give. */
export function missingContacts(force: string, contacts: Contacts): Issue[] {
  const what = { chiefConstable: "the chief constable's name", chair: "the police authority chair's name", address: "the address" } as const;
  return (Object.keys(contactColumns) as (keyof typeof contactColumns)[])
    .filter((k) => contacts[k] === "")
    .map((k) => issue("letter-placeholder", { sheet: "Forces", force }, { force, what: what[k], how: `Add a column "${contactColumns[k]}" to the Forces table with it.` }));
}

/**
 * The grade of each graded domain of an assessment as the letters give it: the final grade people
 * wrote in the Assessment sheet when there is one, else the method's recommendation; final when the
 * domain's report status, as every face counts it (Session.domains: Final with no open comment), is
 * Final; with who decided and when, as written.
 */
export function letterGrades(assessment: ForceAssessment, session: Session): LetterGrade[] {
  const statuses = session.domains(assessment.force);
  return assessment.domains
    .filter((d) => d.domain.graded)
    .map((d) => {
      const decision = session.decisions.get(decisionKey(assessment.force, d.domain.name));
      const finalGrade = decision?.finalGrade ?? "";
      return {
        domain: d.domain.name,
        recommended: d.recommendedGrade,
        finalGrade,
        reason: decision?.reason ?? "",
        assessor: decision?.assessor ?? "",
        date: decision?.date ?? "",
        shown: finalGrade !== "" ? finalGrade : d.recommendedGrade,
        final: statuses.find((x) => x.domain === d.domain.name)?.status === "Final",
      };
    });
}

/** Why a domain needs an open letter. */
export interface ShortFall {
  readonly domain: string;
  readonly grade: string;
  /** The grade the force had before (from an earlier assessment), when known. */
  readonly previous?: string;
  readonly reason: "lowest grade" | "fell two grades";
}

/**
 * The domains that need an open letter: those graded at the lowest grade of the Scale (its last), and
 * those that fell by two grades or more since the previous assessment (`previous`: domain name to the
 * grade then; a grade not on the Scale is not compared). A domain with no grade needs none.
 */
export function shortFalls(grades: readonly LetterGrade[], scale: readonly string[], previous: ReadonlyMap<string, string> = new Map()): ShortFall[] {
  const place = (g: string) => scale.findIndex((s) => normaliseWords(s) === normaliseWords(g));
  const out: ShortFall[] = [];
  for (const g of grades) {
    if (!g.shown) continue;
    const now = place(g.shown);
    const before = [...previous].find(([d]) => normaliseWords(d) === normaliseWords(g.domain))?.[1];
    const then = before === undefined ? -1 : place(before);
    if (now >= 0 && now === scale.length - 1) out.push({ domain: g.domain, grade: g.shown, ...(before ? { previous: before } : {}), reason: "lowest grade" });
    else if (now >= 0 && then >= 0 && now - then >= 2) out.push({ domain: g.domain, grade: g.shown, previous: before as string, reason: "fell two grades" });
  }
  return out;
}
