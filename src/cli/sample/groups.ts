import { similarForces } from "../../engine/compare";
import type { CellValue } from "../../engine/workbook";
import type { Csv } from "./sharedData";

/** A context variable the sample's groups are derived from: which CSV columns it is made of, and how. */
export interface GroupVariable {
  readonly name: string;
  /** The shared data file (key of sharedFiles) and the columns it reads. */
  readonly file: "funding" | "households";
  readonly columns: readonly string[];
  readonly how: string;
}

/**
 * The variables of the sample's derived groups: context of the force area and its funding, none of
 * them a figure the assessment judges (a test checks this against the sample's real figures). The
 * Home Office's own groups used demographic, social and economic variables (DOMAIN.md, section 5) that
 * are not in the data; these are the nearest the data hold.
 */
export const groupVariables: readonly GroupVariable[] = [
  { name: "Population (natural log)", file: "funding", columns: ["population"], how: "log of HMIC's 2008/09 population" },
  { name: "Households per person", file: "households", columns: ["households_thousands", "population_thousands"], how: "households ÷ population, HMIC 2012 Populations sheet (about 2010)" },
  { name: "Formula grant per head", file: "funding", columns: ["formula_grants_gbp_per_head"], how: "£ of Home Office and local government formula grant per head, 2008/09: the grant formula reflects need, so a proxy for it" },
  { name: "Council tax share of funding", file: "funding", columns: ["council_tax_gbp_per_head", "formula_grants_gbp_per_head", "specific_grants_gbp_per_head"], how: "council tax ÷ (council tax + formula grants + specific grants), per head, 2008/09" },
];

/** How the groups were derived, in words, for the MSG sheet's Source and the methods page. */
export const GROUP_METHOD =
  "Derived, NOT the Home Office's Most Similar Groups (no official list for 2008/09 was found): each force's 7 nearest forces by Euclidean distance over standardised context variables that the assessment does not judge: " +
  groupVariables.map((v) => `${v.name} (${v.how})`).join("; ") +
  ". Paste an official list over these rows (Source: official) to use it instead.";

const num = (text: string | undefined) => (text === undefined || text.trim() === "" ? Number.NaN : Number(text));

/** Each force's values of the group variables, from the HMIC funding (2008/09) and population files. */
export function groupValues(forces: readonly string[], funding: Csv, households: Csv, year = "2008-09"): { force: string; values: number[] }[] {
  return forces.map((force) => {
    const f = funding.rows.find((r) => r.force === force && r.financial_year === year);
    const h = households.rows.find((r) => r.force === force);
    if (!f || !h) throw new Error(`No funding or household figures for ${force}`);
    const councilTax = num(f.council_tax_gbp_per_head);
    const formula = num(f.formula_grants_gbp_per_head);
    const specific = num(f.specific_grants_gbp_per_head);
    const values = [Math.log(num(f.population)), num(h.households_thousands) / num(h.population_thousands), formula, councilTax / (councilTax + formula + specific)];
    if (values.some((v) => !Number.isFinite(v))) throw new Error(`A group variable is not a number for ${force}`);
    return { force, values };
  });
}

/** The MSG rows (force, peer, year, "derived", how): each force's 7 nearest forces over the group variables. */
export function derivedGroupRows(forces: readonly string[], funding: Csv, households: Csv, year: string): CellValue[][] {
  const table = groupValues(forces, funding, households);
  const rows: CellValue[][] = [];
  for (const force of forces) {
    const derived = similarForces(force, table, 7, groupVariables.map((v) => v.name));
    if (!derived.ok) throw new Error(`Could not derive a group for ${force}`);
    for (const peer of derived.value.group.peers) rows.push([force, peer, year, "derived", GROUP_METHOD]);
  }
  return rows;
}
