// npm run bench: builds the library, runs every bench/*.bench.js in a process of its own, prints each
// report and writes bench/results.json and bench/results.md (figure, value, the baseline measured in
// the same run, the ratio, the machine). Ratios are what to compare across machines.
const { execFileSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const here = __dirname;
const root = path.join(here, "..");

console.log("Building the library (tsc -p tsconfig.lib.json) ...");
execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.lib.json"], { cwd: root, stdio: "inherit" });

const only = process.argv.slice(2);
const files = fs
  .readdirSync(here)
  .filter((f) => f.endsWith(".bench.js"))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

const reports = [];
for (const file of files) {
  console.log(`\n${file}`);
  const output = execFileSync(process.execPath, [path.join(here, file)], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], maxBuffer: 64 * 1024 * 1024 });
  const lines = output.trimEnd().split("\n");
  const json = lines.pop();
  console.log(lines.join("\n"));
  reports.push({ file, ...JSON.parse(json) });
}

const rows = reports.flatMap((r) => r.figures.map((f) => ({ bench: r.title, machine: r.machine, ...f })));
fs.writeFileSync(path.join(here, "results.json"), `${JSON.stringify({ when: new Date().toISOString(), results: rows }, null, 2)}\n`);
const table = [
  "| Figure | Value | Baseline (same run) | Ratio | Machine |",
  "|---|---|---|---|---|",
  ...rows.map((r) => {
    if (r.kind === "false calls") return `| ${r.bench}: ${r.figure} | ${(100 * r.falseCallRate).toFixed(1)}% (${r.calls} of ${r.comparisons}) | at most 5% | | ${r.machine} |`;
    const unit = /\(KB\)/.test(r.figure) ? " KB" : " s";
    const value = unit === " KB" ? `${r.seconds.toFixed(0)} KB` : `${r.seconds.toFixed(3)} s for ${r.calls.toLocaleString("en-GB")}`;
    const base = unit === " KB" ? `${r.baselineSeconds.toFixed(0)} KB` : `${r.baselineSeconds.toFixed(3)} s`;
    return `| ${r.bench}: ${r.figure} | ${value} | ${base} | ${r.ratio.toFixed(2)}× | ${r.machine} |`;
  }),
];
fs.writeFileSync(path.join(here, "results.md"), `${table.join("\n")}\n`);
console.log(`\nWrote bench/results.json and bench/results.md (${rows.length} figures).`);
