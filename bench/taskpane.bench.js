/* global performance, URL */
// The task pane: the production bundle Office loads first (taskpane.js and functions.js, gzipped)
// against the preview's, and in Debian's Chromium, against the load of a blank page from the same
// server in the same run: the preview's first render (the page's own heading, before any script runs),
// the time until the pane is ready (React has drawn Home with its tabs), and until the workbook is read
// (the engine loaded and Home's readiness line shown), each from the page's performance timeline.
// Builds dist/ in production mode first.
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
  const preview = gz(["preview.js"]);
  const previewChunks = gz(readdirSync(dist).filter((f) => f.endsWith(".chunk.js")));
  const figures = [];
  let firstScripts = [];
  let laterScripts = [];
  if (existsSync(CHROMIUM)) {
    writeFileSync(join(dist, "blank.html"), "<!doctype html><title>blank</title><p>blank</p>");
    const server = await startServer({ port: 0 });
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
    // What Excel loads first: functions.js, and the pane's own scripts the task pane page asks for
    // before Home is drawn; then those it asks for while Home is shown (the engine, to read the
    // workbook). office.js is Microsoft's, loaded by every add-in, and left out.
    const office = await browser.newPage();
    await office.goto(`${server.url}taskpane.html`, { waitUntil: "commit" });
    await office.waitForFunction(() => performance.getEntriesByName("home-drawn").length > 0, undefined, { timeout: 60_000 });
    await office.waitForLoadState("networkidle");
    const scripts = await office.evaluate(() => {
      const drawn = performance.getEntriesByName("home-drawn")[0].startTime;
      return performance
        .getEntriesByType("resource")
        .map((e) => ({ file: new URL(e.name).pathname.replace(/^\//, ""), before: e.startTime < drawn }))
        .filter((e) => e.file.endsWith(".js") && !e.file.startsWith("office-js/"));
    });
    await office.close();
    firstScripts = [...new Set(["functions.js", ...scripts.filter((e) => e.before).map((e) => e.file)])].sort();
    laterScripts = [...new Set(scripts.filter((e) => !e.before).map((e) => e.file))].filter((f) => !firstScripts.includes(f)).sort();
    const officeFirstLoad = gz(firstScripts);
    figures.push({ figure: "Office first load, gzipped (KB)", calls: 1, seconds: officeFirstLoad / 1024, baselineSeconds: (preview + previewChunks) / 1024, callsPerSecond: 0, baselineCallsPerSecond: 0, ratio: officeFirstLoad / (preview + previewChunks) });
    const render = [];
    const ready = [];
    const read = [];
    const blank = [];
    // Times from the page's own performance timeline (from the start of navigation), so a busy main
    // thread cannot delay the reading: the first contentful paint, and the marks Home sets when React
    // has drawn it and when the workbook has been read (engine loaded, sample checked, readiness shown).
    const timeline = () => {
      const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? null;
      return { paint: at("first-contentful-paint"), drawn: at("home-drawn"), read: at("workbook-read") };
    };
    const until = async (page, key) => {
      await page.waitForFunction((k) => performance.getEntriesByName(k).length > 0, key, { timeout: 60_000 });
      return page.evaluate(timeline);
    };
    try {
      for (let round = 0; round < 15; round++) {
        let page = await browser.newPage();
        await page.goto(`${server.url}preview.html`, { waitUntil: "commit" });
        const marks = await until(page, "workbook-read");
        await until(page, "first-contentful-paint");
        const { paint } = await page.evaluate(timeline);
        render.push(paint / 1000);
        ready.push(marks.drawn / 1000);
        read.push(marks.read / 1000);
        await page.close();
        page = await browser.newPage();
        await page.goto(`${server.url}blank.html`, { waitUntil: "commit" });
        blank.push((await until(page, "first-contentful-paint")).paint / 1000);
        await page.close();
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
    console.log("  (Chromium is not installed: the first load and the first render are not measured)");
  }
  console.log(`Task pane (${machine()})`);
  const load = figures[0];
  if (load) {
    console.log(`  Office first load, until Home is drawn: ${load.seconds.toFixed(0)} KB gzipped (${firstScripts.join(", ")}); the preview and every chunk: ${load.baselineSeconds.toFixed(0)} KB`);
    console.log(`  then, while Home is shown: ${(gz(laterScripts) / 1024).toFixed(0)} KB gzipped (${laterScripts.join(", ")})`);
  }
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
