/** Terms a report explains the first time it uses them. */
export type Term = "similar-forces" | "sanction-detection" | "confiscation-order" | "caa" | "band-d" | "cipfa" | "policing-pledge" | "protective-services" | "ethnic-gap";

/**
 * Remembers which terms a report has explained, so that each is explained once per report: a force
 * report shares one glossary over its four domains; a domain report alone has its own.
 */
export class Glossary {
  private readonly explained = new Set<Term>();

  /** True the first time a term is asked about, false after: explain it when true. */
  first(term: Term): boolean {
    if (this.explained.has(term)) return false;
    this.explained.add(term);
    return true;
  }
}

/** The plain explanation of a term, to place before (or just after) its first use. */
export function explanation(term: Exclude<Term, "similar-forces" | "caa">): string {
  switch (term) {
    case "sanction-detection":
      return "A crime counts as detected here if it ends in a charge, a caution, a penalty notice or another formal outcome. This is called a sanction detection. It does not mean the case was proved in court.";
    case "confiscation-order":
      return "A confiscation order is a court's order that an offender pay back what they gained from crime. The figure is the value of the orders made, not the money actually paid.";
    case "band-d":
      return "Band D is a middle council tax band, used to compare areas.";
    case "cipfa":
      return "CIPFA is the body that sets standards for public finance.";
    case "policing-pledge":
      return "The Policing Pledge sets out what the public can expect from the police.";
    case "ethnic-gap":
      return "The gap in satisfaction by ethnic group is how much more satisfied white victims were than minority ethnic victims. A gap the other way means minority ethnic victims were the more satisfied.";
    case "protective-services":
      return "Protective services are the work against the most serious crime and threats.";
  }
}

/**
 * Who similar forces are, said once, just after the first figure for them (so without repeating the
 * words "similar forces"): the Most Similar Group, and whether it was derived.
 */
export function similarForcesExplained(force: string, groupSource: "official" | "derived" | "unstated"): string {
  const who = `The comparison group is made up of the forces most like ${force}, its Most Similar Group.`;
  return groupSource === "derived" ? `${who} This group was worked out from local figures, not taken from an official list.` : who;
}

/** How the CAA is named: in full with an explanation the first time, "the CAA" after. */
export function caaName(glossary: Glossary): { readonly name: string; readonly explain: string } {
  return glossary.first("caa")
    ? { name: "the Comprehensive Area Assessment (CAA)", explain: "The CAA is a joint review of local public services." }
    : { name: "the CAA", explain: "" };
}
