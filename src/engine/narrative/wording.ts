import type { DataSet } from "../catalogue/types";
import type { Term } from "./glossary";

/** How the report speaks of one data set. */
export interface Wording {
  /** What the data set is about, as it follows "For" or "no figures for": "burglary". */
  readonly topic: string;
  /** The figure as a clause, before "in 2008/09": "Kent had 7.9 burglaries per 1,000 households". */
  readonly clause: (force: string, value: string) => string;
  /** The unit after a series of figures: " per 1,000 households"; "" when the figure carries it (%, £). */
  readonly per: string;
  /** A term to explain before the first use. */
  readonly term?: Term;
}

const had = (noun: string, per: string) => (f: string, v: string) => `${f} had ${v} ${noun}${per}`;

/** Everyday wording for each data set of the catalogue, by id. */
const wordings: Readonly<Record<string, Wording>> = {
  burglary: { topic: "burglary", clause: had("burglaries", " per 1,000 households"), per: " per 1,000 households" },
  "burglary-detections": { topic: "burglaries detected", clause: (f, v) => `${f} detected ${v} of burglaries`, per: "", term: "sanction-detection" },
  robbery: { topic: "robbery", clause: had("robberies", " per 1,000 people"), per: " per 1,000 people" },
  "vehicle-crime": { topic: "vehicle crime", clause: had("vehicle crimes", " per 1,000 people"), per: " per 1,000 people" },
  "violence-with-injury": { topic: "violence with injury", clause: had("violent crimes with injury", " per 1,000 people"), per: " per 1,000 people" },
  "violence-with-injury-detections": { topic: "violent crimes with injury detected", clause: (f, v) => `${f} detected ${v} of violent crimes with injury`, per: "", term: "sanction-detection" },
  "criminal-damage": { topic: "criminal damage", clause: had("crimes of criminal damage", " per 1,000 people"), per: " per 1,000 people" },
  homicide: { topic: "homicide", clause: had("homicides", " per million people"), per: " per million people" },
  "road-casualties": { topic: "road deaths and serious injuries", clause: had("road deaths and serious injuries", " per 100,000 people"), per: " per 100,000 people" },
  "asset-recovery": { topic: "the value of confiscation orders made", clause: (f, v) => `Confiscation orders made in ${f} came to ${v} per 1,000 people`, per: " per 1,000 people", term: "confiscation-order" },
  "drug-trafficking": { topic: "drug dealing offences found", clause: (f, v) => `${f} found ${v} drug dealing offences per 1,000 people`, per: " per 1,000 people" },
  "serious-sexual-offence-detections": { topic: "serious sexual offences detected", clause: (f, v) => `${f} detected ${v} of serious sexual offences`, per: "", term: "sanction-detection" },
  "gun-crime": { topic: "gun crime", clause: had("gun crimes", " per 100,000 people"), per: " per 100,000 people" },
  "knife-crime": { topic: "knife crime", clause: had("knife crimes", " per 100,000 people"), per: " per 100,000 people" },
  "cost-per-officer": { topic: "the cost of each police officer", clause: (f, v) => `${f} spent ${v} on each police officer`, per: "" },
  "cost-per-pcso": { topic: "the cost of each community support officer", clause: (f, v) => `${f} spent ${v} on each community support officer`, per: "" },
  "cost-per-staff": { topic: "the cost of each member of police staff", clause: (f, v) => `${f} spent ${v} on each member of police staff`, per: "" },
  "band-d": { topic: "the police share of Band D council tax", clause: (f, v) => `The police share of council tax on a Band D home in ${f} was ${v}`, per: "", term: "band-d" },
  "cost-per-head": { topic: "spending per person", clause: (f, v) => `${f} spent ${v} for each person in its area`, per: "" },
  cipfa: { topic: "the CIPFA cost line", clause: (f, v) => `${f} spent ${v} a head on the CIPFA cost line`, per: "", term: "cipfa" },
  "single-confidence-target": { topic: "public confidence", clause: (f, v) => `In ${f}, ${v} of people agreed the police and council deal with the crime that matters locally`, per: "" },
  satisfaction: { topic: "victim satisfaction", clause: (f, v) => `In ${f}, ${v} of victims were satisfied with the whole service`, per: "" },
  "comparative-satisfaction": { topic: "the gap in satisfaction by ethnic group", clause: (f, v) => `In ${f}, the gap in satisfaction by ethnic group was ${v}`, per: "", term: "ethnic-gap" },
  "anti-social-behaviour": { topic: "anti-social behaviour", clause: (f, v) => `In ${f}, ${v} of people saw a high level of anti-social behaviour`, per: "" },
  "things-that-matter": { topic: "dealing with what matters", clause: (f, v) => `In ${f}, ${v} of people agreed the police deal with the things that matter to them`, per: "" },
};

/** A data set name as a topic: lower case unless it starts with an acronym ("CIPFA data"). */
function topicOf(name: string): string {
  return /^[A-Z]{2}/.test(name) ? name : name.charAt(0).toLowerCase() + name.slice(1);
}

/** The wording for a data set; one not in the catalogue is spoken of by its name and unit. */
export function wordingFor(dataSet: DataSet): Wording {
  const known = wordings[dataSet.id];
  if (known) return known;
  const unitWords = /^(%|£.*|percentage points)$/i.test(dataSet.unit.trim()) ? "" : ` ${dataSet.unit.trim()}`;
  return { topic: topicOf(dataSet.name), clause: (f, v) => `${dataSet.name} in ${f} was ${v}${unitWords}`, per: unitWords };
}
