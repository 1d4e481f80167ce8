// A small copy of the template's tables as Excel passes them with their headings (Data[#All], ...):
// real robberies for 2006/07 to 2008/09 (Home Office recorded crime), Kent's three years from
// docs/functions.md, the others' earlier years illustrative; 2010 populations (population_2010_by_force.csv)
// for every year.
const counts: Record<string, number[]> = { Essex: [1400, 1350, 1305], Hampshire: [1200, 1180, 1154], Kent: [1403, 1151, 1015], Sussex: [1100, 1060, 1034] };
const people: Record<string, number> = { Essex: 1738000, Hampshire: 1884200, Kent: 1684100, Sussex: 1574000 };
const years = ["2006/07", "2007/08", "2008/09"];

export const dataTable = [["Force", "Year", "Data set id", "Numerator", "Denominator", "Source"], ...Object.entries(counts).flatMap(([force, c]) => years.map((y, i) => [force, y, "robbery", c[i]!, 0, "Home Office"]))];
export const forcesTable = [
  ["Force", "Region", "Population", "Population year", "Households", "Households year", "Source"],
  ...Object.entries(people).flatMap(([force, p]) => years.map((y) => [force, "South East", p, y, 0, 0, "ONS"])),
];
export const msgTable = [
  ["Force", "Peer", "Year", "Source"],
  ["Kent", "Essex", "2008/09", "derived"],
  ["Kent", "Hampshire", "2008/09", "derived"],
  ["Kent", "Sussex", "2008/09", "derived"],
  ["Sussex", "Kent", "2008/09", "derived"],
];
