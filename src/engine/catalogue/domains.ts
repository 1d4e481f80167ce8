import type { Domain, DomainId } from "./types";

/** The four domains, in the order reports present them. Value for money gets a profile, not a grade. */
export const domains: readonly Domain[] = [
  { id: "local-crime", name: "Local Crime and Policing", graded: true },
  { id: "serious-harm", name: "Protection from Serious Harm", graded: true },
  { id: "value-for-money", name: "Value for Money and Productivity", graded: false },
  { id: "confidence", name: "Confidence and Satisfaction", graded: true },
];

/** The domain with this id. */
export function domainById(id: DomainId): Domain {
  const found = domains.find((d) => d.id === id);
  if (!found) throw new Error(`Unknown domain ${id}`);
  return found;
}
