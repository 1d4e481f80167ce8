import { block, choice, dataSet, domain, figure, figures, forceNames, funnelPer, gapMeasure, gradingRules, laterRange, level, measure, names, number, optionalName, order, part, per, polarity, range, rules, spread, text, wordBlock, yesNo } from "./kinds";

const theRulesDefaults = "the Rules' defaults when omitted";
const theRulesDesignEffect = "the Rules' default (1) when omitted";
const year = optionalName("year", "The year");
const spilled = "the spill says what is missing";

/**
 * Every custom function's parameters, in the order of its signature: the one description from which
 * its arguments are read (functions/parameter.ts), its JSDoc's defaults are checked and its blank
 * rules are tested (test/unit/functions.parameters.test.ts, test/unit/functions/blankRules.ts).
 */
export const parameters = {
  COSTPEROFFICER: [figure("cost", "Officer costs (£)"), figure("fte", "Officer FTE")],
  COSTPERPCSO: [figure("cost", "PCSO costs (£)"), figure("fte", "PCSO FTE")],
  COSTPERSTAFF: [figure("cost", "Staff costs (£)"), figure("fte", "Staff FTE")],
  COSTPERBANDD: [figure("precept", "Precept (£)"), figure("taxBase", "Tax base (Band D equivalents)")],
  COSTPERHEAD: [figure("netRevenueExpenditure", "Net revenue expenditure (£)"), figure("population", "Population")],
  CRIMERATE: [figure("offences", "Offences"), figure("base", "Population"), number("per", "The rate multiplier (per)", 1000)],
  AMOUNTPERPOPULATION: [figure("amount", "Amount (£)"), figure("population", "Population"), number("per", "The multiplier (per)", 1000)],
  DETECTIONRATE: [figure("detections", "Sanction detections"), figure("offences", "Offences")],
  RATECI: [range("count", "Count", "#N/A"), range("base", "Population", "#N/A"), number("per", "The rate multiplier (per)", 1000), level("level", 0.95), choice("which", "Which", ["both", "lower", "upper"], "both")],
  PROPORTIONCI: [range("successes", "Successes", "#N/A"), range("n", "Sample size", "#N/A"), level("level", 0.95), number("designEffect", "The design effect", 1), choice("which", "Which", ["both", "lower", "upper"], "both")],
  MSGPEERS: [text("force", "The force"), range("msgTable", "The MSG table", "#N/A"), year],
  MSGAVERAGE: [range("force", "The force", "#N/A"), range("msgTable", "The MSG table", "#N/A"), range("forces", "The forces", "#VALUE!"), range("numerators", "The numerators", "#VALUE!"), range("denominators", "The denominators", "#VALUE!"), per("per", 1000), yesNo("includeForce", "Include the force", false), year],
  MSGRANK: [range("force", "The force", "#N/A"), range("msgTable", "The MSG table", "#N/A"), range("forces", "The forces", "#VALUE!"), range("values", "The value", "#VALUE!"), order("order"), year],
  MSGPOSITION: [
    range("force", "The force", "#N/A"),
    range("msgTable", "The MSG table", "#N/A"),
    range("forces", "The forces", "#VALUE!"),
    range("numerators", "The numerators", "#VALUE!"),
    range("denominators", "The denominators", "#VALUE!"),
    polarity("polarity"),
    measure("measure", "rate"),
    laterRange("designEffect", "The design effect", { words: theRulesDesignEffect }),
    rules("rules", theRulesDefaults),
    year,
  ],
  DIRECTION: [
    range("numerators", "The numerators", "#VALUE!"),
    range("denominators", "The denominators", "#VALUE!"),
    polarity("polarity"),
    measure("measure", "rate"),
    laterRange("designEffect", "The design effect", { words: theRulesDesignEffect }),
    rules("rules", "no material gap when omitted"),
    laterRange("referenceNumerators", "The reference"),
    laterRange("referenceDenominators", "The reference"),
  ],
  SIMILARFORCES: [text("force", "The force"), names("forces", "The forces", "#VALUE!"), block("variables", "The variables", "#VALUE!"), number("k", "The number of similar forces", 7)],
  GRADE: [names("positions", "The positions", "#VALUE!"), names("directions", "The directions", "#VALUE!"), gradingRules("rules", "the defaults when omitted"), wordBlock("evidence", "The evidence"), optionalName("force", "The force")],
  DATASET: [dataSet("id"), choice("field", "The field", ["name", "domain", "measure", "unit", "polarity", "statistic", "multiplier"], "name")],
  MSGCOMPARE: [forceNames("force"), dataSet("dataSet"), text("year", "The year"), range("figures", "The figures", spilled), range("forcesTable", "Forces", spilled), range("msgTable", "MSG", spilled), rules("rules", "the defaults when omitted"), yesNo("headers", "Headers", false)],
  FIGURES: [dataSet("dataSet"), text("year", "The year"), range("figures", "The figures", "#N/A"), range("forcesTable", "Forces", spilled)],
  EWAVERAGE: [figures("numerators", "The numerators", "#VALUE!"), figures("denominators", "The denominators", "#VALUE!"), per("per", 1000)],
  DATASETS: [domain("domain", "all 25 when omitted")],
  FUNNELLIMITS: [figure("target", "The target"), range("bases", "The base", "#N/A"), funnelPer("per"), level("level", 0.95), spread("overdispersion"), laterRange("counts", "The counts")],
  ZSCORE: [range("count", "The count", "#N/A"), range("base", "The base", "#N/A"), figure("target", "The target"), funnelPer("per"), spread("overdispersion")],
  RATERATIO: [range("count1", "The first count", "#N/A"), range("base1", "The first base", "#N/A"), range("count2", "The second count", "#N/A"), range("base2", "The second base", "#N/A"), level("level", 0.95), part("which", "ratio")],
  POINTSGAP: [
    range("successes1", "The first figure", "#N/A"),
    range("n1", "The first number", "#N/A"),
    range("successes2", "The second figure", "#N/A"),
    range("n2", "The second number", "#N/A"),
    gapMeasure("measure"),
    level("level", 0.95),
    number("designEffect", "The design effect", 1),
    part("which", "gap"),
  ],
} as const;
