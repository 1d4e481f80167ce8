// Shared timing for the benchmarks: each figure runs its subject and its baseline in the same process,
// alternating in rounds after a warm-up, and reports the median of the rounds.
const os = require("node:os");

function time(n, body) {
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) body(i);
  return Number(process.hrtime.bigint() - start) / 1e9;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Times `subject` and `baseline`, n calls each, over 5 alternating rounds after a warm-up. */
function measure(name, n, subject, baseline, rounds = 5) {
  time(Math.min(n, 1000), subject);
  time(Math.min(n, 1000), baseline);
  const subjectSeconds = [];
  const baselineSeconds = [];
  for (let r = 0; r < rounds; r++) {
    subjectSeconds.push(time(n, subject));
    baselineSeconds.push(time(n, baseline));
  }
  const s = median(subjectSeconds);
  const b = median(baselineSeconds);
  return { figure: name, calls: n, seconds: s, baselineSeconds: b, callsPerSecond: n / s, baselineCallsPerSecond: n / b, ratio: s / b };
}

function machine() {
  const cpus = os.cpus();
  return `${cpus.length} × ${cpus[0]?.model ?? "unknown CPU"}, Node ${process.version}`;
}

/** Prints a table for people and, on the last line, JSON for bench/run.js. */
function report(title, figures, sink) {
  console.log(`${title} (${machine()})`);
  for (const f of figures) {
    console.log(
      `  ${f.figure.padEnd(28)} ${Math.round(f.callsPerSecond).toLocaleString("en-GB").padStart(12)} calls/s` +
        `   baseline ${Math.round(f.baselineCallsPerSecond).toLocaleString("en-GB").padStart(14)} calls/s   ratio ${f.ratio.toFixed(1)}×`,
    );
  }
  if (!Number.isFinite(sink)) console.log("  (checksum not finite)");
  console.log(JSON.stringify({ title, machine: machine(), figures }));
}

module.exports = { measure, report, machine };
