/**
 * The published site in Debian's Chromium, served on 127.0.0.1: axe-core finds no violations on the
 * index, a force page, the summary and the methods page; no request leaves 127.0.0.1; a force page fits
 * 320 px; the search box works (also from file://, with no server); a force page prints to a PDF of
 * several pages. Screenshots and the PDF (with its first page as PNG when pdftoppm is installed) go
 * to test-results/publish/.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type BrowserContext } from "playwright-core";
import { siteFiles, writeSite } from "../../src/publish";
import { startServer, type RunningServer } from "../../scripts/serve";
import { modelOf, sampleSnapshot, withTable } from "../unit/publish/sampleSite";

const CHROMIUM = "/usr/bin/chromium";
const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];
const results = join(__dirname, "..", "..", "test-results", "publish");
const pages = ["index.html", "force-kent.html", "summary.html", "methods.html", "data.html"];

const browserMissing = !existsSync(CHROMIUM);
const browserRequired = process.env.RA_REQUIRE_BROWSER === "1";
if (browserMissing && !browserRequired) {
  console.log(`Skipping the published site's browser tests: ${CHROMIUM} is not installed (Debian: apt-get install chromium). Set RA_REQUIRE_BROWSER=1 to make this a failure.`);
}
const describeInBrowser = browserMissing && !browserRequired ? describe.skip : describe;

function hasPdftoppm(): boolean {
  try {
    execFileSync("pdftoppm", ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

describeInBrowser("the published site in Chromium", () => {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext;
  let dir = "";
  const requests: string[] = [];
  const external: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    if (browserMissing) throw new Error(`RA_REQUIRE_BROWSER=1 but ${CHROMIUM} is not installed (apt-get install chromium).`);
    mkdirSync(results, { recursive: true });
    dir = join(mkdtempSync(join(tmpdir(), "ra-site-")), "site");
    const responses = [["Kent", "Force", "We welcome this assessment.\n\nWe will publish our plan to improve within three months.", "2009-06-30"]];
    await writeSite(dir, siteFiles(modelOf(withTable(await sampleSnapshot(), "Responses", ["Force", "From", "Response", "Date"], responses), true)), false);
    server = await startServer({ port: 0, root: dir });
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    context.on("request", (request) => {
      const url = new URL(request.url());
      if (url.protocol === "data:" || url.protocol === "blob:") return;
      requests.push(request.url());
      if (url.hostname !== "127.0.0.1") external.push(request.url());
    });
    await context.route("**/*", (route) => (new URL(route.request().url()).hostname === "127.0.0.1" ? route.continue() : route.abort()));
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(join(dir, ".."), { recursive: true, force: true });
  });

  const open = async (path: string, width = 1200) => {
    const page = await context.newPage();
    await page.setViewportSize({ width, height: 900 });
    page.on("pageerror", (e) => errors.push(`${path}: ${e.message}`));
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(`${path}: ${m.text()}`);
    });
    await page.goto(`${server?.url ?? ""}${path}`, { waitUntil: "load" });
    return page;
  };

  it.each(pages)("axe-core finds no violations on %s", async (path) => {
    const page = await open(path);
    await page.evaluate(readFileSync(require.resolve("axe-core/axe.min.js"), "utf8"));
    const violations = await page.evaluate(async () => {
      type AxeResult = { violations: { id: string; help: string; nodes: unknown[] }[] };
      const axe = (window as unknown as { axe: { run: () => Promise<AxeResult> } }).axe;
      return (await axe.run()).violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
    });
    expect(violations).toEqual([]);
    await page.close();
  }, 60_000);

  it("fits a force page into 320 px and takes screenshots, wide and narrow", async () => {
    const wide = await open("force-kent.html");
    await wide.screenshot({ path: join(results, "force-kent-wide.png") });
    await wide.close();
    const narrow = await open("force-kent.html", 320);
    expect(await narrow.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await narrow.screenshot({ path: join(results, "force-kent-320.png") });
    await narrow.close();
  }, 30_000);

  it("finds a force with the search box", async () => {
    const page = await open("index.html");
    await page.getByLabel("Find a force by name or region").fill("kent");
    await expect(page.getByRole("status").textContent()).resolves.toBe("1 force matches.");
    await expect(page.getByRole("link", { name: "Kent", exact: true }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole("link", { name: "Surrey", exact: true }).isVisible()).resolves.toBe(false);
    await page.close();
  });

  it("finds a force with the search box from file://, with no server", async () => {
    const offline = await (browser as Browser).newContext();
    const seen: string[] = [];
    offline.on("request", (request) => seen.push(request.url()));
    const page = await offline.newPage();
    await page.goto(`file://${join(dir, "index.html")}`);
    await page.getByLabel("Find a force by name or region").fill("wales");
    await expect(page.getByRole("status").textContent()).resolves.toBe("4 forces match.");
    expect(seen.filter((url) => !url.startsWith("file://"))).toEqual([]);
    await offline.close();
  });

  it("prints a force page to an A4 PDF of several pages with the force's name", async () => {
    const page = await open("force-kent.html");
    await page.emulateMedia({ media: "print" });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    await page.close();
    const file = join(results, "force-kent.pdf");
    writeFileSync(file, pdf);
    const text = pdf.toString("latin1");
    const pageCount = (text.match(/\/Type\s*\/Page\b/g) ?? []).length;
    expect(pageCount).toBeGreaterThan(1);
    // The page text is in compressed, subset-font streams; the document title Chromium writes is plain.
    expect(text).toMatch(/\/Title \(DRAFT: Kent: rounded assessment/);
    if (hasPdftoppm()) {
      execFileSync("pdftoppm", ["-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", file, join(results, "force-kent-pdf-page-1")]);
      expect(existsSync(join(results, "force-kent-pdf-page-1.png"))).toBe(true);
    } else {
      console.log("pdftoppm is not installed (Debian: poppler-utils), so the PDF's first page was not saved as PNG.");
    }
  }, 60_000);

  it("downloads a force's CSV file from the link beside its table, with the figures of the table", async () => {
    const page = await open("force-kent.html");
    const block = page.locator("div.chart-block", { has: page.locator('a[href$="-similar-forces.csv"]') }).first();
    const link = block.locator("p.csv-link a");
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    const text = readFileSync((await download.path()) ?? "", "utf8");
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const kentRow = text.split("\r\n").find((l) => l.startsWith("Kent (this force),")) ?? "";
    const figure = Number(kentRow.split(",")[1]);
    const shown = await block.locator("table tr.this-force td").first().textContent();
    expect(Number.isFinite(figure)).toBe(true);
    expect(Number.parseFloat((shown ?? "").replace(/[£,]/g, ""))).toBeCloseTo(figure, 1);
    await page.close();
  }, 30_000);

  it("makes no request beyond 127.0.0.1 and logs no errors", () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
  });
});
