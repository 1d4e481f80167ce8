/* global document */
// The task pane: the production bundle Office loads first (taskpane.js and functions.js, gzipped)
// against the preview's, and in Debian's Chromium, against the load of a blank page from the same
// server in the same run: the preview's first render (the page's own heading, before any script runs),
// the time until the pane is ready (React has drawn Home with its tabs), and until the workbook is read
// (the engine loaded and Home's readiness line shown). Builds dist/ in production
// mode first.
const { execFileSync } = require("node:child_process");
const { existsSync, readFileSync, readdirSync, writeFileSync } = require("node:fs");
const { join } = require("node:path");
const { gzipSync } = require("node:zlib");
const { chromium } = require("playwright-core");
const { startServer } = require("../scripts/serve");
const { machine } = require("./measure");

const root = join(__dirname, "..");
const dist = join(root, "dist");
const CHROMIUM = "/usr/bin/chromium";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];

const gz = (files) => files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dist, f))).byteLength, 0);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  execFileSync(process.execPath, [join(root, "node_modules", "webpack-cli", "bin", "cli.js"), "--mode", "production"], { cwd: root, stdio: "ignore" });
  const officeFirstLoad = gz(["taskpane.js", "functions.js"]);
  const preview = gz(["preview.js"]);
  const previewChunks = gz(readdirSync(dist).filter((f) => f.endsWith(".chunk.js")));
  const figures = [
    { figure: "Office first load, gzipped (KB)", calls: 1, seconds: officeFirstLoad / 1024, baselineSeconds: (preview + previewChunks) / 1024, callsPerSecond: 0, baselineCallsPerSecond: 0, ratio: officeFirstLoad / (preview + previewChunks) },
  ];
  if (existsSync(CHROMIUM)) {
    writeFileSync(join(dist, "blank.html"), "<!doctype html><title>blank</title><p>blank</p>");
    const server = await startServer({ port: 0 });
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
    const render = [];
    const ready = [];
    const read = [];
    const blank = [];
    // Home's readiness line ("Ready to assess: ...") shows once the engine is loaded and the sample read.
    const readinessShown = () => document.body.innerText.includes("to assess:");
    try {
      for (let round = 0; round < 5; round++) {
        for (const [list, path, shown] of [[render, "preview.html", "h1"], [ready, "preview.html", "#home-title"], [read, "preview.html", readinessShown], [blank, "blank.html", "p"]]) {
          const page = await browser.newPage();
          const start = Date.now();
          await page.goto(`${server.url}${path}`, { waitUntil: "commit" });
          if (typeof shown === "string") await page.waitForSelector(shown);
          else await page.waitForFunction(shown, undefined, { timeout: 60_000 });
          list.push((Date.now() - start) / 1000);
          await page.close();
        }
      }
    } finally {
      await browser.close();
      await server.close();
    }
    const r = median(render);
    const b = median(blank);
    const p = median(ready);
    figures.push({ figure: "preview first render (s)", calls: 1, seconds: r, baselineSeconds: b, callsPerSecond: 1 / r, baselineCallsPerSecond: 1 / b, ratio: r / b });
    figures.push({ figure: "preview ready, Home drawn (s)", calls: 1, seconds: p, baselineSeconds: b, callsPerSecond: 1 / p, baselineCallsPerSecond: 1 / b, ratio: p / b });
    const w = median(read);
    figures.push({ figure: "preview's workbook read, readiness shown (s)", calls: 1, seconds: w, baselineSeconds: b, callsPerSecond: 1 / w, baselineCallsPerSecond: 1 / b, ratio: w / b });
  } else {
    console.log("  (Chromium is not installed: the first render is not measured)");
  }
  console.log(`Task pane (${machine()})`);
  console.log(`  Office first load: ${(officeFirstLoad / 1024).toFixed(0)} KB gzipped (taskpane.js + functions.js); preview with its .xlsx chunk: ${((preview + previewChunks) / 1024).toFixed(0)} KB`);
  const render = figures[1];
  if (render) console.log(`  preview first render: ${render.seconds.toFixed(2)} s; blank page from the same server: ${render.baselineSeconds.toFixed(2)} s; ratio ${render.ratio.toFixed(1)}x`);
  const drawn = figures[2];
  if (drawn) console.log(`  preview ready (Home drawn by React): ${drawn.seconds.toFixed(2)} s; ratio ${drawn.ratio.toFixed(1)}x the blank page`);
  const shown = figures[3];
  if (shown) console.log(`  preview's workbook read (engine loaded, the sample checked, Home's readiness line shown): ${shown.seconds.toFixed(2)} s; ratio ${shown.ratio.toFixed(1)}x the blank page`);
  console.log(JSON.stringify({ title: "Task pane", machine: machine(), figures }));
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
