import type { DataSet, DataSetInput, FinanceColumn } from "./types";

const offences: DataSetInput = { label: "Offences", kind: "count" };
const population: DataSetInput = { label: "Population", kind: "count" };
const detections: DataSetInput = { label: "Sanction detections", kind: "count" };
const percentage: DataSetInput = { label: "Percentage", kind: "amount" };
/** A Finance figure that may be left blank when it is not known (the data set is then missing for the force and year). */
const cost = (what: string): FinanceColumn => ({ description: `${what}; blank when not known`, required: false });

/**
 * The 25 data sets of the assessment (DOMAIN.md, section 3), one row each: the whole definition of a
 * data set is here and nowhere else.
 */
export const dataSets: readonly DataSet[] = [
  // Local Crime and Policing
  { id: "burglary", domain: "local-crime", name: "Burglary", measure: "Domestic burglaries per 1,000 households", unit: "per 1,000 households", multiplier: 1000, polarity: "lower", statistic: "rate", table: "Data", numerator: offences, denominator: { label: "Households", kind: "count" } },
  { id: "burglary-detections", domain: "local-crime", name: "Burglary detections", measure: "Sanction detection rate for domestic burglary", unit: "%", multiplier: 100, polarity: "higher", statistic: "proportion", table: "Data", numerator: detections, denominator: offences },
  { id: "robbery", domain: "local-crime", name: "Robbery", measure: "Robberies per 1,000 population", unit: "per 1,000 population", multiplier: 1000, polarity: "lower", statistic: "rate", table: "Data", numerator: offences, denominator: population },
  { id: "vehicle-crime", domain: "local-crime", name: "Vehicle crime", measure: "Vehicle offences per 1,000 population", unit: "per 1,000 population", multiplier: 1000, polarity: "lower", statistic: "rate", table: "Data", numerator: offences, denominator: population },
  { id: "violence-with-injury", domain: "local-crime", name: "Violence with injury", measure: "Offences of violence with injury per 1,000 population", unit: "per 1,000 population", multiplier: 1000, polarity: "lower", statistic: "rate", table: "Data", numerator: offences, denominator: population },
  { id: "violence-with-injury-detections", domain: "local-crime", name: "Violence with injury detections", measure: "Sanction detection rate for violence with injury", unit: "%", multiplier: 100, polarity: "higher", statistic: "proportion", table: "Data", numerator: detections, denominator: offences },
  { id: "criminal-damage", domain: "local-crime", name: "Criminal damage", measure: "Offences of criminal damage (including arson) per 1,000 population", unit: "per 1,000 population", multiplier: 1000, polarity: "lower", statistic: "rate", table: "Data", numerator: offences, denominator: population },
  // Protection from Serious Harm
  { id: "homicide", domain: "serious-harm", name: "Homicide", measure: "Homicides per 1,000,000 population", unit: "per 1,000,000 population", multiplier: 1_000_000, polarity: "lower", statistic: "rate", table: "Data", numerator: offences, denominator: population, notes: "Small counts: intervals are wide, so most forces are similar to their group." },
  { id: "road-casualties", domain: "serious-harm", name: "Road traffic collisions, killed or seriously injured", measure: "People killed or seriously injured on the roads per 100,000 population", unit: "per 100,000 population", multiplier: 100_000, polarity: "lower", statistic: "rate", table: "Data", numerator: { label: "Casualties", kind: "count" }, denominator: population },
  { id: "asset-recovery", domain: "serious-harm", name: "Asset recovery", measure: "Value of confiscation and forfeiture orders, in pounds per 1,000 population", unit: "£ per 1,000 population", multiplier: 1000, polarity: "higher", statistic: "figure", table: "Data", numerator: { label: "Value of orders (£)", kind: "amount" }, denominator: population },
  { id: "drug-trafficking", domain: "serious-harm", name: "Drug trafficking", measure: "Drug trafficking offences detected per 1,000 population (proactive policing)", unit: "per 1,000 population", multiplier: 1000, polarity: "higher", statistic: "rate", table: "Data", numerator: { label: "Trafficking offences detected", kind: "count" }, denominator: population, notes: "Higher is taken as better because detection here reflects proactive work; the Rules table can change the polarity." },
  { id: "serious-sexual-offence-detections", domain: "serious-harm", name: "Serious sexual offences detections", measure: "Sanction detection rate for serious sexual offences", unit: "%", multiplier: 100, polarity: "higher", statistic: "proportion", table: "Data", numerator: detections, denominator: offences },
  { id: "gun-crime", domain: "serious-harm", name: "Gun crime", measure: "Firearms offences per 100,000 population", unit: "per 100,000 population", multiplier: 100_000, polarity: "lower", statistic: "rate", table: "Data", numerator: offences, denominator: population },
  { id: "knife-crime", domain: "serious-harm", name: "Knife crime", measure: "Knife and sharp instrument offences per 100,000 population", unit: "per 100,000 population", multiplier: 100_000, polarity: "lower", statistic: "rate", table: "Data", numerator: offences, denominator: population },
  // Value for Money and Productivity
  { id: "cost-per-officer", domain: "value-for-money", name: "Cost per police officer", measure: "Officer pay and related costs divided by officer full-time equivalents", unit: "£", multiplier: 1, polarity: "neutral", statistic: "figure", table: "Finance", numerator: { label: "Officer costs (£)", kind: "amount", column: cost("Police officer pay and related costs") }, denominator: { label: "Officer FTE", kind: "amount", column: { description: "Police officers, full-time equivalents", required: true } }, notes: "Which cost lines count (pensions, overtime) was not found: the workbook records the lines used." },
  { id: "cost-per-pcso", domain: "value-for-money", name: "Cost per PCSO", measure: "PCSO costs divided by PCSO full-time equivalents", unit: "£", multiplier: 1, polarity: "neutral", statistic: "figure", table: "Finance", numerator: { label: "PCSO costs (£)", kind: "amount", column: cost("PCSO pay and related costs") }, denominator: { label: "PCSO FTE", kind: "amount", column: { description: "PCSOs, full-time equivalents", required: true } } },
  { id: "cost-per-staff", domain: "value-for-money", name: "Cost per staff member", measure: "Police staff costs divided by staff full-time equivalents", unit: "£", multiplier: 1, polarity: "neutral", statistic: "figure", table: "Finance", numerator: { label: "Staff costs (£)", kind: "amount", column: cost("Police staff pay and related costs") }, denominator: { label: "Staff FTE", kind: "amount", column: { description: "Police staff, full-time equivalents", required: true } } },
  { id: "band-d", domain: "value-for-money", name: "Average cost per Band D property", measure: "Police precept requirement divided by the council tax base in Band D equivalents", unit: "£", multiplier: 1, polarity: "neutral", statistic: "figure", table: "Finance", numerator: { label: "Precept (£)", kind: "amount", column: cost("Police precept requirement") }, denominator: { label: "Tax base (Band D equivalents)", kind: "amount", column: cost("Council tax base in Band D equivalents") } },
  { id: "cost-per-head", domain: "value-for-money", name: "Cost per head of population", measure: "Net revenue expenditure divided by population", unit: "£", multiplier: 1, polarity: "neutral", statistic: "figure", table: "Finance", numerator: { label: "Net revenue expenditure (£)", kind: "amount", column: cost("Net revenue expenditure") }, denominator: population },
  { id: "cipfa", domain: "value-for-money", name: "CIPFA data", measure: "A further comparative cost line (CIPFA police objective analysis), in pounds per head of population", unit: "£ per head", multiplier: 1, polarity: "neutral", statistic: "figure", table: "Finance", numerator: { label: "CIPFA cost (£)", kind: "amount", column: { description: "The cost on that CIPFA line", required: false, namedBy: { label: "CIPFA line", description: "The CIPFA police objective analysis line compared, if any" } } }, denominator: population },
  // Confidence and Satisfaction
  { id: "single-confidence-target", domain: "confidence", name: "Single Confidence Target", measure: "Percentage who agree the police and council are dealing with the anti-social behaviour and crime issues that matter in the area (British Crime Survey)", unit: "%", multiplier: 1, polarity: "higher", statistic: "survey", table: "Survey", numerator: percentage, denominator: null },
  { id: "satisfaction", domain: "confidence", name: "Satisfaction with the whole experience", measure: "Percentage of victims completely, very or fairly satisfied with the whole experience (user satisfaction surveys)", unit: "%", multiplier: 1, polarity: "higher", statistic: "survey", table: "Survey", numerator: percentage, denominator: null },
  { id: "comparative-satisfaction", domain: "confidence", name: "Comparative satisfaction", measure: "Gap in satisfaction between white and minority ethnic victims, in percentage points", unit: "percentage points", multiplier: 1, polarity: "lower", statistic: "figure", table: "Survey", numerator: { label: "Gap (percentage points)", kind: "amount" }, denominator: null },
  { id: "anti-social-behaviour", domain: "confidence", name: "Perceptions of anti-social behaviour", measure: "Percentage perceiving a high level of anti-social behaviour (British Crime Survey)", unit: "%", multiplier: 1, polarity: "lower", statistic: "survey", table: "Survey", numerator: percentage, denominator: null },
  { id: "things-that-matter", domain: "confidence", name: "Dealing with things that matter to the community", measure: "Percentage agreeing the police deal with the things that matter in their community (British Crime Survey)", unit: "%", multiplier: 1, polarity: "higher", statistic: "survey", table: "Survey", numerator: percentage, denominator: null },
];

/** The data set with this id, if there is one. */
export function dataSetById(id: string): DataSet | undefined {
  return dataSets.find((d) => d.id === id);
}

/** The Forces column a data set's denominator is read from (population or households), or null when the row gives it. */
export function forcesColumnOf(dataSet: DataSet): "Population" | "Households" | null {
  const label = dataSet.denominator?.label;
  return label === "Population" || label === "Households" ? label : null;
}

/**
 * The Finance columns a value-for-money data set is read from: its numerator's, and its denominator's
 * unless that comes from Forces (null). They are the inputs' labels, which the template's Finance
 * figure columns are made from.
 */
export function financeColumnsOf(dataSet: DataSet): { readonly numerator: string; readonly denominator: string | null } {
  return { numerator: dataSet.numerator.label, denominator: forcesColumnOf(dataSet) ? null : (dataSet.denominator?.label ?? null) };
}
