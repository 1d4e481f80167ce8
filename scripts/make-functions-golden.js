// Writes test/fixtures/functions.golden.xlsx: one row per call of an RA function, the formula as an
// analyst would type it, its argument cells, and the expected result worked out independently (the
// Source column says how). Run: node scripts/make-functions-golden.js
const ExcelJS = require("exceljs");
const path = require("node:path");

const calls = [
  // formula, expected (one or more cells), tolerance (relative), source, ...argument cells (G onwards)
  ["=RA.COSTPEROFFICER(G{r},H{r})", [49000], 1e-9, "Hand: 2,940,000 / 60", 2940000, 60],
  ["=RA.COSTPERPCSO(G{r},H{r})", [32117.647059], 1e-8, "Hand: 1,365,000 / 42.5", 1365000, 42.5],
  ["=RA.COSTPERSTAFF(G{r},H{r})", [28000], 1e-9, "Hand: 28,000,000 / 1,000", 28000000, 1000],
  ["=RA.COSTPERBANDD(G{r},H{r})", [124], 1e-9, "West Yorkshire's real 2008/09 Band D (£124) x an illustrative tax base of 600,000, divided back", 74400000, 600000],
  ["=RA.COSTPERHEAD(G{r},H{r})", [148.447242], 1e-8, "Hand: 250,000,000 / 1,684,100", 250000000, 1684100],
  ["=RA.COSTPEROFFICER(G{r},H{r})", ["#DIV/0!"], 0, "0 FTE", 100, 0],
  ["=RA.COSTPEROFFICER(G{r},H{r})", ["#N/A"], 0, "Blank cost (Excel on the web passes null)", null, 10],
  ["=RA.CRIMERATE(G{r},H{r})", [0.602695802], 1e-8, "Real: Kent robberies 2008/09 (1,015) / population 2010 (1,684,100) x 1,000", 1015, 1684100],
  ["=RA.CRIMERATE(G{r},H{r},I{r})", [60.2695802], 1e-8, "As above, per 100,000", 1015, 1684100, 100000],
  ["=RA.CRIMERATE(G{r},H{r})", ["#NUM!"], 0, "A fractional count", 10.5, 1000],
  ["=RA.AMOUNTPERPOPULATION(G{r},H{r})", [12.3456], 1e-9, "Hand: 1,234.56 / 100,000 x 1,000", 1234.56, 100000],
  ["=RA.DETECTIONRATE(G{r},H{r})", [0.139998631], 1e-8, "Hand: 40,916 / 292,260 (2006/07 burglaries, national_reference_figures.csv)", 40916, 292260],
  ["=RA.DETECTIONRATE(G{r},H{r})", [1.2], 1e-12, "Above 100% is returned: detections are not tracked offence by offence", 12, 10],
  ["=RA.DETECTIONRATE(G{r},H{r})", ["#N/A"], 0, "Blank offences: a blank is not a zero", 5, null],
  ["=RA.DETECTIONRATE(G{r},H{r})", ["#VALUE!"], 0, "Text for a count", "five", 10],
  ["=RA.RATECI(G{r},H{r})", [0.566183637, 0.640944756], 1e-8, "SciPy 1.17: chi2.ppf(0.025, 2030)/2 and chi2.ppf(0.975, 2032)/2, / 1,684.1", 1015, 1684100],
  ["=RA.RATECI(G{r},H{r},I{r},J{r})", [2.914322445, 11.66336716], 1e-8, "SciPy 1.17: chi2.ppf(0.05, 14)/2 and chi2.ppf(0.95, 16)/2, / 1.1273 (Surrey homicides 2008/09)", 7, 1127300, 1000000, 0.9],
  ["=RA.PROPORTIONCI(G{r},H{r})", [0.2553, 0.3662], 2e-4, "Newcombe (1998), Statistics in Medicine 17:857, Wilson interval for 81/263", 81, 263],
  ["=RA.PROPORTIONCI(G{r},H{r},I{r},J{r})", [0.235466428, 0.391403266], 1e-8, "Wilson on n = 263/2 with SciPy's norm.ppf(0.975), by the formula in Python", 81, 263, null, 2],
  ["=RA.PROPORTIONCI(G{r},H{r})", [0, 0.1611], 2e-4, "Newcombe (1998): 0/20", 0, 20],
  ["=RA.MSGPEERS(\"Kent\",Ranges!A1:B5)", ["Essex", "Hampshire", "Sussex"], 0, "The MSG block on Ranges"],
  ["=RA.MSGPEERS(\"Knet\",Ranges!A1:B5)", ["#N/A"], 0, "A misspelt force"],
  ["=RA.MSGAVERAGE(\"Kent\",Ranges!A1:B5,Ranges!D2:D5,Ranges!E2:E5,Ranges!F2:F5,,TRUE)", [0.655203988], 1e-8, "Hand: (1,305 + 1,154 + 1,015 + 1,034) / (1,738,000 + 1,884,200 + 1,684,100 + 1,574,000) x 1,000, Kent counted (TRUE)"],
  ["=RA.MSGAVERAGE(\"Kent\",Ranges!A1:B5,Ranges!D2:D5,Ranges!E2:E5,Ranges!F2:F5)", [0.672222008], 1e-8, "Hand: 3,493 / 5,196,200 x 1,000, Kent left out (the default, as the Rules' default)"],
  ["=RA.MSGRANK(\"Kent\",Ranges!A1:B5,Ranges!D2:D5,Ranges!G2:G5,\"lower\")", [1], 0, "Lowest robbery rate of the four (rates worked out by hand in column G)"],
  ["=RA.MSGRANK(\"Kent\",Ranges!A1:B5,Ranges!D2:D5,Ranges!G2:G5,1)", [1], 0, "RANK.EQ's order 1: smallest first"],
  ["=RA.MSGRANK(\"Kent\",Ranges!A1:B5,Ranges!D2:D5,Ranges!G2:G5)", [4], 0, "RANK.EQ's default order 0: largest first, last of four"],
  ["=RA.MSGRANK(\"Kent\",Ranges!A1:B5,Ranges!D2:D5,Ranges!G2:G5,FALSE)", ["#VALUE!"], 0, "A bare FALSE once meant lower is better, the opposite of RANK.EQ's 0: refused, never flipped silently"],
  ["=RA.MSGPOSITION(\"Kent\",Ranges!A1:B5,Ranges!D2:D5,Ranges!E2:E5,Ranges!F2:F5)", ["Significantly lower than similar forces"], 0, "The Rules' default funnel comparison, by hand: against the group without Kent, 3,493 / 5,196,200 = 0.6722 per 1,000, z = (0.6027 - 0.6722) / (1,000 sqrt(0.0006722 (1/1,684,100 + 1/5,196,200))) = -3.02, p = 0.0025, and a gap of -10.3%, beyond the material 10% (only Kent and Sussex have groups: too few to estimate a spread)"],
  ["=RA.MSGPOSITION(\"Kent\",Ranges!A1:B5,Ranges!D2:D5,Ranges!E2:E5,Ranges!F2:F5,\"lower\")", ["Significantly better than similar forces"], 0, "The same, lower is better"],
  ["=RA.DIRECTION(Ranges!I2:K2,Ranges!I3:K3,\"lower\")", ["Improved"], 0, "Kent robberies 1,403 to 1,015 on a steady population: exact conditional test, 1,015 of 2,418 with p0 = 1/2 (z = -194 / 24.6 = -7.89 by hand), p far below 0.05"],
  ["=RA.DIRECTION(Ranges!I4:K4,Ranges!I5:K5,\"lower\")", ["Stable"], 0, "Surrey homicides 2 to 7: exact conditional test, p = 2 x (C(9,7) + C(9,8) + C(9,9)) / 2^9 = 2 x 46 / 512 = 0.180 by hand"],
  ["=RA.DIRECTION(Ranges!I2:J2,Ranges!I3:J3)", ["#N/A"], 0, "Only two years"],
  ["=RA.SIMILARFORCES(\"B\",Ranges!M2:M5,Ranges!N2:O5,2)", ["A", "C"], 0, "One varying variable 1, 2, 4, 8: nearest to 2 are 1 then 4"],
  ["=RA.GRADE(Ranges!Q2:Q3,Ranges!R2:R3)", ["Excellent"], 0, "Default rules by hand: (2 + 1 + 0 + 0) / 2 = 1.5, at least 1"],
  ["=RA.GRADE(Ranges!Q4:Q5,Ranges!R4:R5)", ["Fair"], 0, "Default rules by hand: (-2 + 0 + 0 + 0) / 2 = -1, at least -1"],
  ["=RA.DATASET(\"homicide\",\"multiplier\")", [1000000], 0, "DOMAIN.md: homicide per 1,000,000 population"],
  // The template's own tables, passed as they are (issue 17).
  ["=RA.MSGPEERS(\"Kent\",Template!A2:D5)", ["Essex", "Hampshire", "Sussex"], 0, "The template's MSG table (Force, Peer, Year, Source): Year and Source are not peers"],
  ["=RA.MSGPEERS(\"Kent\",Template!A1:D5)", ["Essex", "Hampshire", "Sussex"], 0, "The same with its heading row (MSG[#All])"],
  ["=RA.MSGAVERAGE(\"Kent\",Template!A2:D5,Ranges!D2:D5,Ranges!E2:E5,Ranges!F2:F5,,TRUE)", [0.655203988], 1e-8, "Hand, as above: the template's MSG table gives the same group"],
  ["=RA.MSGPEERS(\"Kent\",Template!A2:C5)", ["Essex", "Hampshire", "Sussex"], 0, "Force, Peer and Year only"],
  ["=RA.MSGPEERS(\"Kent\",Template!F2:H3)", ["#VALUE!"], 0, "Columns in another order (Force, Year, Peer): \"2008/09\" is refused as a peer, never read as one"],
  ["=RA.MSGPEERS(\"Kent\",Template!A2:D9)", ["Essex", "Hampshire", "Sussex"], 0, "Trailing blank rows (as from a whole-column reference) are skipped"],
  ["=RA.MSGCOMPARE(\"Kent\",\"robbery\",\"2008/09\",Template!J2:O8,Template!Q2:W8,Template!A2:D5,Template!AD2:AF20)", [0.602695802, 0.566183637, 0.640944756, 0.655203988, 1, 4, "Significantly better than similar forces", "Improved"], 1e-8, "Real Kent robberies; limits SciPy 1.17 (as RATECI above); average by hand as above; rank 1 of 4 lowest (column G); direction by the exact conditional test of Kent's own change (1,015 of 2,418, p0 = 1/2, z = -7.89 by hand; Rules direction-compared-with None, as only Kent has 2006/07 figures here, so England and Wales would be Kent itself); the Rules table (which includes the force: include-force-in-msg-average Yes) asks for the exact interval test (comparison-method interval), as these hand figures use: a funnel plot of four forces is not a hand check"],
  ["=RA.FIGURES(\"robbery\",\"2008/09\",Template!J2:O8,Template!Q2:W8)", ["Kent", 1015, 1684100, "Essex", 1305, 1738000, "Hampshire", 1154, 1884200, "Sussex", 1034, 1574000], 0, "The Data rows for 2008/09 with each force's 2008/09 population from Forces (blank Denominator)"],
  ["=RA.EWAVERAGE(Ranges!E2:E5,Ranges!F2:F5,\"robbery\")", [0.655203988], 1e-8, "Hand: 4,508 / 6,880,300 x 1,000 (the four forces stand for all)"],
  ["=RA.DATASETS(\"Confidence and Satisfaction\")", ["single-confidence-target", "satisfaction", "comparative-satisfaction", "anti-social-behaviour", "things-that-matter"], 0, "DOMAIN.md: the five confidence and satisfaction data sets"],
  // Defaults that used to give a wrong answer without an error (issue 17).
  ["=RA.MSGAVERAGE(\"Kent\",Ranges!A1:B5,Ranges!D2:D5,Template!Y2:Y5,Template!Z2:Z5,\"cost-per-officer\",TRUE)", [48669.2015209], 1e-10, "Hand: 640,000,000 / 13,150 (illustrative costs): the data set brings per = 1, not 1,000"],
  ["=RA.MSGPOSITION(\"Kent\",Ranges!A1:B5,Ranges!D2:D5,Template!Y2:Y5,Template!Z2:Z5,\"cost-per-officer\")", ["Similar to similar forces"], 0, "Kent 170,000,000 / 3,500 = 48,571.43, within 5% of 48,669.20 (hand): a cost has no sampling error"],
  ["=RA.MSGPOSITION(\"Kent\",Ranges!A1:B5,Ranges!D2:D5,Template!AA2:AA5,Template!AB2:AB5,\"satisfaction\")", ["#NUM!"], 0, "Kent's survey result typed 0.38: refused (did you mean 38?)"],
  ["=RA.RATECI(L{r},M{r},,N{r})", ["#NUM!"], 0, "A level of 0.05 (alpha) would give a 5% interval: refused", 1015, 1684100, 0.05],
  ["=RA.RATECI(L{r},M{r},,,\"lower\")", [0.566183637], 1e-8, "One limit for use inside a Table; SciPy as above", 1015, 1684100],
  ["=RA.PROPORTIONCI(L{r},M{r},,,\"upper\")", [0.3662], 2e-4, "Newcombe (1998): upper limit for 81/263", 81, 263],
  // A column of forces: one result per force, a force's error in its own row (issue 17).
  ["=RA.MSGAVERAGE(Ranges!D2:D5,Ranges!A1:B5,Ranges!D2:D5,Ranges!E2:E5,Ranges!F2:F5)", ["#N/A", "#N/A", 0.672222008, 0.602695802], 1e-8, "Essex and Hampshire have no group in Ranges!A1:B5; Kent 3,493 / 5,196,200 x 1,000; Sussex's group is Kent: 1,015 / 1,684,100 x 1,000 (hand)"],
  ["=RA.MSGRANK(Ranges!D4:D5,Ranges!A1:B5,Ranges!D2:D5,Ranges!G2:G5,\"lower\")", [1, 2], 0, "Kent lowest of four; Sussex's 0.6569 above Kent's 0.6027, 2 of 2 (column G by hand)"],
  ["=RA.MSGPOSITION(Ranges!D4:D5,Ranges!A1:B5,Ranges!D2:D5,Ranges!E2:E5,Ranges!F2:F5,\"robbery\")", ["Significantly better than similar forces", "Similar to similar forces"], 0, "Kent as above; Sussex 0.6569 against Kent's 0.6027: z = 1.99 by hand (p = 0.046) but a gap of 9.0%, under the material 10%, so similar"],
  // Funnel plots and gaps (issue 17): reference values worked in Python 3 (statistics.NormalDist) from the formulas in docs/functions.md.
  ["=RA.FUNNELLIMITS(G{r},H{r})", [0.633064007, 0.71138001], 1e-8, "0.6722 +/- 1.959964 sqrt(0.0006722 / 1,684,100) x 1,000 (Python 3)", 0.6722220083907471, 1684100],
  ["=RA.ZSCORE(G{r},H{r},I{r})", [-3.479974874], 1e-8, "(1,015 / 1,684,100 - 0.0006722) / sqrt(0.0006722 / 1,684,100) (Python 3)", 1015, 1684100, 0.6722220083907471],
  ["=RA.FUNNELLIMITS(10,Ranges!Y2:Y6,,,\"additive\",Ranges!Z2:Z6)", [7.228192351, 12.771807649, 7.228192351, 12.771807649, 7.228192351, 12.771807649, 7.228192351, 12.771807649, 7.228192351, 12.771807649], 1e-8, "Spiegelhalter (2005) additive spread by hand: five forces of 100,000 at 9 to 12 per 1,000 around 10; mean(d^2) = 2e-6 per person, tau^2 c^2 = 2e-6 - 1e-7, so 10 +/- 1.959964 x sqrt(2e-6) x 1,000 for each"],
  ["=RA.ZSCORE(Ranges!Z2:Z6,Ranges!Y2:Y6,10,,\"additive\")", [-0.707106781, 0, 0.707106781, 1.414213562, -1.414213562], 1e-8, "The same forces: d / sqrt(2e-6) by hand"],
  ["=RA.MSGPOSITION(\"Kent\",Ranges!A1:B5,Ranges!D2:D5,Ranges!T2:U5,Ranges!V2:W5,\"comparative-satisfaction\")", ["Significantly worse than similar forces"], 0, "Both groups by hand: Kent's gap 90 - 80 = 10 points, variance 90 x 10 / 4,000 + 80 x 20 / 1,000 = 1.825; each peer's gap 2, variances 1.72975, 1.468 and 1.55775; z = (10 - 2) / sqrt(1.825 + 4.7555 / 9) = 5.21, and 8 points is beyond the material 3"],
  ["=RA.MSGPOSITION(\"Kent\",Ranges!A1:B5,Ranges!D2:D5,Ranges!T2:U5,Ranges!V2:W5,\"comparative-satisfaction\",,25)", ["Similar to similar forces"], 0, "The same with a design effect of 25: z = 5.21 / 5 = 1.04, p = 0.30"],
  ["=RA.DIRECTION(Ranges!T8:U10,Ranges!V8:W10,\"comparative-satisfaction\")", ["Deteriorated"], 0, "Kent's gap 2, 5, 10 points (white 90% of 4,000; minority ethnic 88%, 85%, 80% of 1,000): change 8, variance 1.825 + 1.281, z = 4.54 by hand"],
  ["=RA.RATERATIO(G{r},H{r},I{r},J{r})", [0.896572553, 0.836051651, 0.961474499], 1e-8, "(1,015 / 1,684,100) / (3,493 / 5,196,200), times exp(-/+ 1.959964 sqrt(1/1,015 + 1/3,493)) (Python 3)", 1015, 1684100, 3493, 5196200],
  ["=RA.POINTSGAP(G{r},H{r},I{r},J{r})", [20, 5.243147240, 33.38726540], 1e-8, "Newcombe (1998), method 10, 56/70 against 48/80: 0.0524 to 0.3339 (published); the digits from Wilson limits in Python 3", 56, 70, 48, 80],
  ["=RA.GRADE(Ranges!Q4:Q5,Ranges!R4:R5,Template!AD2:AF18,Template!AH2:AH2)", ["Fair"], 0, "(-2 + 0) / 2 = -1 is Fair by the Rules table; a CAA green flag would raise it to Good, but the Rules table says green flags do not raise (No)"],
  ["=RA.GRADE(Ranges!Q2:Q3,Ranges!R2:R3,Template!AD2:AF18,Template!AI2:AI2)", ["Fair"], 0, "(2 + 1 + 0 + 0) / 2 = 1.5 is Excellent, capped at Fair by a CAA red flag (Rules: red-flag-caps-grade-at Fair)"],
];

async function main() {
  const book = new ExcelJS.Workbook();
  book.creator = "Rounded Assessment";
  const sheet = book.addWorksheet("Calls");
  const expectedColumns = 12;
  sheet.addRow(["Formula", ...Array.from({ length: expectedColumns }, (_, j) => `Expected ${j + 1}`), "Tolerance", "Source of the expected value", "Argument 1", "Argument 2", "Argument 3", "Argument 4"]);
  // Argument cells start after the expected ones: the G to J (or L to O) written above become P to S.
  const shift = { G: "P", H: "Q", I: "R", J: "S", L: "P", M: "Q", N: "R", O: "S" };
  calls.forEach(([formula, expected, tolerance, source, ...args], i) => {
    const r = i + 2;
    const text = formula.replace(/\b([GHIJLMNO])\{r\}/g, (_, c) => `${shift[c]}${r}`);
    const row = sheet.getRow(r);
    row.getCell(1).value = text;
    expected.forEach((v, j) => (row.getCell(2 + j).value = v));
    row.getCell(2 + expectedColumns).value = tolerance;
    row.getCell(3 + expectedColumns).value = source;
    args.forEach((v, j) => (row.getCell(4 + expectedColumns + j).value = v));
  });
  const ranges = book.addWorksheet("Ranges");
  const cells = {
    A1: "Force", B1: "Peer", A2: "Kent", B2: "Essex", A3: "Kent", B3: "Hampshire", A4: "Kent", B4: "Sussex", A5: "Sussex", B5: "Kent",
    D1: "Force", E1: "Robberies 2008/09", F1: "Population 2010", G1: "Rate per 1,000 (hand)",
    D2: "Essex", E2: 1305, F2: 1738000, G2: 0.7509,
    D3: "Hampshire", E3: 1154, F3: 1884200, G3: 0.6125,
    D4: "Kent", E4: 1015, F4: 1684100, G4: 0.6027,
    D5: "Sussex", E5: 1034, F5: 1574000, G5: 0.6569,
    H1: "Series", I1: "2006/07", J1: "2007/08", K1: "2008/09",
    H2: "Kent robberies", I2: 1403, J2: 1151, K2: 1015,
    H3: "Kent population", I3: 1684100, J3: 1684100, K3: 1684100,
    H4: "Surrey homicides", I4: 2, J4: 6, K4: 7,
    H5: "Surrey population", I5: 1127300, J5: 1127300, K5: 1127300,
    M1: "Force", N1: "Variable 1", O1: "Constant",
    M2: "A", N2: 1, O2: 5, M3: "B", N3: 2, O3: 5, M4: "C", N4: 4, O4: 5, M5: "D", N5: 8, O5: 5,
    Q1: "Position", R1: "Direction",
    Q2: "Significantly better than similar forces", R2: "Improved",
    Q3: "Similar to similar forces", R3: "Stable",
    Q4: "Worse", R4: "Stable",
    Q5: "Similar", R5: "Stable",
    T1: "White %", U1: "Minority ethnic %", V1: "White n", W1: "Minority ethnic n",
    T2: 85, U2: 83, V2: 4000, W2: 1000, T3: 88, U3: 86, V3: 4000, W3: 1000, T4: 90, U4: 80, V4: 4000, W4: 1000, T5: 87, U5: 85, V5: 4000, W5: 1000,
    T7: "Kent white %", U7: "Kent minority ethnic %", V7: "White n", W7: "Minority ethnic n",
    T8: 90, U8: 88, V8: 4000, W8: 1000, T9: 90, U9: 85, V9: 4000, W9: 1000, T10: 90, U10: 80, V10: 4000, W10: 1000,
    Y1: "Population", Z1: "Offences",
    Y2: 100000, Z2: 900, Y3: 100000, Z3: 1000, Y4: 100000, Z4: 1100, Y5: 100000, Z5: 1200, Y6: 100000, Z6: 800,
  };
  for (const [address, value] of Object.entries(cells)) ranges.getCell(address).value = value;
  // The template's tables, as an analyst's workbook has them (one block per table, headings in row 1).
  const template = book.addWorksheet("Template");
  const block = (column, rows) => rows.forEach((values, i) => values.forEach((v, j) => {
    if (v !== null) template.getRow(i + 1).getCell(column + j).value = v;
  }));
  block(1, [["Force", "Peer", "Year", "Source"], ["Kent", "Essex", "2008/09", "derived"], ["Kent", "Hampshire", "2008/09", "derived"], ["Kent", "Sussex", "2008/09", "derived"], ["Sussex", "Kent", "2008/09", "derived"]]);
  block(6, [["Force", "Year", "Peer"], ["Kent", "2008/09", "Essex"], ["Kent", "2008/09", "Hampshire"]]);
  block(10, [
    ["Force", "Year", "Data set id", "Numerator", "Denominator", "Source"],
    ["Kent", "2006/07", "robbery", 1403, null, "Real"], ["Kent", "2007/08", "robbery", 1151, null, "Real"], ["Kent", "2008/09", "robbery", 1015, null, "Real"],
    ["Essex", "2008/09", "robbery", 1305, null, "Real"], ["Hampshire", "2008/09", "robbery", 1154, null, "Real"], ["Sussex", "2008/09", "robbery", 1034, null, "Real"],
  ]);
  block(17, [
    ["Force", "Region", "Population", "Population year", "Households", "Households year", "Source"],
    ["Kent", "South East", 1684100, "2006/07", null, null, "2010"], ["Kent", "South East", 1684100, "2007/08", null, null, "2010"], ["Kent", "South East", 1684100, "2008/09", null, null, "2010"],
    ["Essex", "Eastern", 1738000, "2008/09", null, null, "2010"], ["Hampshire", "South East", 1884200, "2008/09", null, null, "2010"], ["Sussex", "South East", 1574000, "2008/09", null, null, "2010"],
  ]);
  // Officer costs and FTE (illustrative), in the order of Ranges!D2:D5: Essex, Hampshire, Kent, Sussex.
  block(25, [["Officer costs (£)", "Officer FTE", "Satisfaction %", "Sample size"], [150000000, 3000, 81, 1000], [180000000, 3700, 79, 1000], [170000000, 3500, 0.38, 1000], [140000000, 2950, 80, 1000]]);
  // The Rules table (Rule id, Description, Value) with green flags not raising, and two evidence lists.
  const rules = [
    ["confidence-level", 0.95], ["tolerance", 0.05], ["include-force-in-msg-average", "Yes"], ["poisson-method", "exact"], ["default-design-effect", 1], ["msg-size", 7],
    ["points-for-better", 2], ["points-for-similar", 0], ["points-for-worse", -2], ["points-for-improved", 1], ["points-for-stable", 0], ["points-for-deteriorated", -1],
    ["minimum-score-grade-1", 1], ["minimum-score-grade-2", 0], ["minimum-score-grade-3", -1], ["red-flag-caps-grade-at", "Fair"], ["green-flag-can-raise", "No"],
    ["comparison-method", "interval"], ["direction-compared-with", "None"],
  ];
  block(30, [["Rule id", "Description", "Value"], ...rules.map(([id, value]) => [id, "", value])]);
  block(34, [["Evidence (green)", "Evidence (red)"], ["CAA green flag", "CAA red flag"]]);
  const about = book.addWorksheet("About");
  about.getCell("A1").value = "Golden calls of the Rounded Assessment custom functions. Figures named real come from ../shared/data; the rest are illustrative.";
  const out = path.join(__dirname, "..", "test", "fixtures", "functions.golden.xlsx");
  await book.xlsx.writeFile(out);
  console.log(`Wrote ${out} with ${calls.length} calls.`);
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
