const { customFunctions: F } = require("../lib/src/index.js");
const forces = Array.from({ length: 43 }, (_, i) => `Force ${i + 1}`);
const numerators = forces.map((_, i) => 800 + ((i * 37) % 500));
const denominators = forces.map((_, i) => 500000 + ((i * 7919) % 1500000));
const msgRows = forces.flatMap((f, i) => [1, 2, 3, 4, 5, 6, 7].map((k) => [f, forces[(i + k) % 43]]));
const column = (values) => values.map((v) => [v]);
let s = 0;
for (let i = 0; i < 60000; i++) s += F.MSGAVERAGE(forces[i % 43], msgRows, column(forces), column(numerators), column(denominators))[0][0];
console.log(s);
