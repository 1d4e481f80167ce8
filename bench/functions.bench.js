// Calls per second of the custom functions against plain arithmetic doing the same sums, measured in
// the same process, one after the other. Needs the compiled library: npm run build:lib.
const { customFunctions: F } = require("../lib/src/index.js");
const { measure, report } = require("./measure");

const forces = Array.from({ length: 43 }, (_, i) => `Force ${i + 1}`);
const numerators = forces.map((_, i) => 800 + ((i * 37) % 500));
const denominators = forces.map((_, i) => 500000 + ((i * 7919) % 1500000));
const rates = numerators.map((n, i) => (n / denominators[i]) * 1000);
const msgRows = forces.flatMap((f, i) => [1, 2, 3, 4, 5, 6, 7].map((k) => [f, forces[(i + k) % 43]]));
const column = (values) => values.map((v) => [v]);
const forceColumn = column(forces);
const numeratorColumn = column(numerators);
const denominatorColumn = column(denominators);
const rateColumn = column(rates);

let sink = 0;
const figures = [
  measure("DETECTIONRATE", 100000, (i) => {
    sink += F.DETECTIONRATE(i % 1000, 1000 + (i % 50));
  }, (i) => {
    sink += (i % 1000) / (1000 + (i % 50));
  }),
  measure("MSGAVERAGE over 43 forces", 10000, (i) => {
    // One force gives a 1 x 1 array (as a column of forces gives one row each): its one value.
    sink += F.MSGAVERAGE(forces[i % 43], msgRows, forceColumn, numeratorColumn, denominatorColumn)[0][0];
  }, (i) => {
    // The same sums by hand: find the peers, then add numerators and denominators.
    const force = forces[i % 43];
    const members = [force];
    for (const [f, p] of msgRows) if (f === force) members.push(p);
    let top = 0;
    let bottom = 0;
    for (const m of members) {
      const j = forces.indexOf(m);
      top += numerators[j];
      bottom += denominators[j];
    }
    sink += (top / bottom) * 1000;
  }),
  measure("MSGRANK over 43 forces", 10000, (i) => {
    sink += F.MSGRANK(forces[i % 43], msgRows, forceColumn, rateColumn, "lower")[0][0];
  }, (i) => {
    const force = forces[i % 43];
    const members = [force];
    for (const [f, p] of msgRows) if (f === force) members.push(p);
    const mine = rates[forces.indexOf(force)];
    let rank = 1;
    for (const m of members) if (rates[forces.indexOf(m)] < mine) rank++;
    sink += rank;
  }),
];
report("Custom functions", figures, sink);
