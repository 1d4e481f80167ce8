/**
 * The task pane in Debian's Chromium: the preview at 320 px (content, accessibility, screenshot) and the
 * Office page (office.js from the local copy). Every request is recorded: none may leave 127.0.0.1,
 * including late ones (office.js asks a telemetry host a few seconds after load), so the pages stay
 * open for LATE_REQUEST_WAIT_MS.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { domains } from "../../src/engine/catalogue/domains";
import { startServer, type RunningServer } from "../../scripts/serve";
import { dist, ensureBuild, root } from "./build";

const CHROMIUM = "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
const LATE_REQUEST_WAIT_MS = 8_500;
const WIDTH = 320;

const screenshots = join(__dirname, "screenshots");

interface Visit {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly requests: string[];
  readonly external: string[];
  readonly errors: string[];
  readonly loadedAt: number;
}

interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: number;
}

const allowedHost = (url: URL) => url.hostname === "127.0.0.1";

async function visit(browser: Browser, url: string, options: { colorScheme?: "light" | "dark" } = {}): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width: WIDTH, height: 800 }, colorScheme: options.colorScheme ?? "light" });
  const requests: string[] = [];
  const external: string[] = [];
  const errors: string[] = [];
  context.on("request", (request) => {
    const address = new URL(request.url());
    if (address.protocol === "data:" || address.protocol === "blob:") return;
    requests.push(request.url());
    if (!allowedHost(address)) external.push(request.url());
  });
  await context.route("**/*", (route) => (allowedHost(new URL(route.request().url())) ? route.continue() : route.abort()));
  const page = await context.newPage();
  page.on("websocket", (socket) => {
    if (!allowedHost(new URL(socket.url()))) external.push(socket.url());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  // Three pages load at once on a machine shared with other work: the development bundle can take a while.
  await page.goto(url, { waitUntil: "load", timeout: 120_000 });
  return { page, context, requests, external, errors, loadedAt: Date.now() };
}

async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, so the page's CSP (no inline scripts) does not block it.
  await page.evaluate(readFileSync(require.resolve("axe-core/axe.min.js"), "utf8"));
  return page.evaluate(async () => {
    type AxeResult = { violations: { id: string; impact?: string | null; help: string; nodes: unknown[] }[] };
    const axe = (window as unknown as { axe: { run: (context: { exclude: string[][] }) => Promise<AxeResult> } }).axe;
    // Fluent's focus manager (Tabster) adds hidden <i tabindex="0" data-tabster-dummy> sentinels around the
    // tab list's arrow-key group; they pass focus on at once and are not content.
    const result = await axe.run({ exclude: [["[data-tabster-dummy]"]] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact ?? null, help: v.help, nodes: v.nodes.length }));
  });
}

const browserMissing = !existsSync(CHROMIUM);
const browserRequired = process.env.RA_REQUIRE_BROWSER === "1";

if (browserMissing && !browserRequired) {
  console.log(`Skipping the browser tests: ${CHROMIUM} is not installed (Debian: apt-get install chromium). Set RA_REQUIRE_BROWSER=1 to make this a failure.`);
}

const describeInBrowser = browserMissing && !browserRequired ? describe.skip : describe;

describeInBrowser("task pane in Chromium", () => {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let preview: Visit;
  let darkPreview: Visit;
  let office: Visit;

  beforeAll(async () => {
    if (browserMissing) throw new Error(`RA_REQUIRE_BROWSER=1 but ${CHROMIUM} is not installed (apt-get install chromium).`);
    ensureBuild();
    mkdirSync(screenshots, { recursive: true });
    server = await startServer({ port: 0 });
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    [preview, darkPreview, office] = await Promise.all([
      visit(browser, `${server.url}preview.html`),
      visit(browser, `${server.url}preview.html`, { colorScheme: "dark" }),
      visit(browser, `${server.url}taskpane.html`),
    ]);
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  describe("preview.html", () => {
    it("shows the title, the four domains and where it is running", async () => {
      const { page } = preview;
      await expect(page.getByRole("heading", { level: 1, name: "Rounded Assessment" }).isVisible()).resolves.toBe(true);
      await page.getByRole("button", { name: "The four domains and their data sets" }).click();
      for (const domain of domains) {
        await expect(page.getByRole("heading", { level: 3, name: domain.name }).isVisible()).resolves.toBe(true);
      }
      await expect(page.getByText("This is the preview").isVisible()).resolves.toBe(true);
      await expect(page.locator("html").getAttribute("lang")).resolves.toBe("en-GB");
      await expect(page.getByRole("main").count()).resolves.toBe(1);
    });

    it(`fits ${WIDTH} px without scrolling sideways`, async () => {
      const scrollWidth = await preview.page.evaluate(() => document.documentElement.scrollWidth);
      expect(scrollWidth).toBeLessThanOrEqual(WIDTH);
    });

    it("has no serious or critical accessibility violations (axe-core), light and dark", async () => {
      for (const { page } of [preview, darkPreview]) {
        const serious = (await axeViolations(page)).filter((v) => v.impact === "serious" || v.impact === "critical");
        expect(serious).toEqual([]);
      }
    });

    it("follows the OS colour scheme", async () => {
      const background = (visit: Visit) =>
        visit.page.evaluate(() => {
          const provider = document.querySelector(".fui-FluentProvider");
          return provider ? getComputedStyle(provider).backgroundColor : "";
        });
      const [light, dark] = await Promise.all([background(preview), background(darkPreview)]);
      expect(light).toBe("rgb(255, 255, 255)");
      expect(dark).not.toBe(light);
    });

    it("takes screenshots to test/e2e/screenshots/", async () => {
      await preview.page.screenshot({ path: join(screenshots, `preview-${WIDTH}.png`), fullPage: true });
      await darkPreview.page.screenshot({ path: join(screenshots, `preview-${WIDTH}-dark.png`), fullPage: true });
      expect(existsSync(join(screenshots, `preview-${WIDTH}.png`))).toBe(true);
    });

    it("does not load office.js and reports no errors", () => {
      expect(preview.requests.filter((url) => url.includes("office"))).toEqual([]);
      expect(preview.errors).toEqual([]);
    });
  });

  describe("taskpane.html (the Office page)", () => {
    it("loads office.js from the local copy", () => {
      expect(office.requests).toContain(`${server?.url}office-js/office.js`);
    });
  });

  it(`makes no request beyond 127.0.0.1, even ${LATE_REQUEST_WAIT_MS / 1000} s after load`, async () => {
    const lastLoad = Math.max(preview.loadedAt, darkPreview.loadedAt, office.loadedAt);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, lastLoad + LATE_REQUEST_WAIT_MS - Date.now())));
    expect({ preview: preview.external, darkPreview: darkPreview.external, office: office.external }).toEqual({
      preview: [],
      darkPreview: [],
      office: [],
    });
  }, 30_000);
});

describe("the built bundles", () => {
  beforeAll(() => ensureBuild(), 300_000);

  it("hold no eval and no new Function, which the Content Security Policy forbids", () => {
    // office.js in dist/office-js is Microsoft's own copy and is not checked here.
    const bundles = readdirSync(dist).filter((f) => f.endsWith(".js"));
    expect(bundles.length).toBeGreaterThanOrEqual(3);
    // Lines that are comments (development builds keep them) do not run.
    const code = (file: string) => readFileSync(join(dist, file), "utf8").split("\n").filter((line) => !/^\s*(\/\/|\*|\/\*)/.test(line));
    for (const file of bundles) expect({ file, lines: code(file).filter((line) => /\beval\(|new Function\(/.test(line)).map((l) => l.slice(0, 160)) }).toEqual({ file, lines: [] });
  });

  it("carry the Content Security Policy on every page", () => {
    for (const page of ["taskpane.html", "preview.html", "help/functions.html"]) {
      const html = readFileSync(join(root, "dist", page), "utf8");
      expect(html).toMatch(/Content-Security-Policy/);
      expect(html).not.toMatch(/unsafe-eval/);
    }
  });
});
