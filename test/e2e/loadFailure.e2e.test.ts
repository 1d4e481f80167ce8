/**
 * When part of the task pane cannot be loaded (a dropped connection to the add-in's address), the pane
 * says so in plain words instead of showing "Opening the task pane…" or "Reading the workbook…" for
 * ever, and a national sample that cannot be fetched is said with the server's answer. The failure is
 * made by refusing the part's request in Chromium (or answering it 404).
 */
import { chromium, type Browser, type Page } from "playwright-core";
import { startServer, type RunningServer } from "../../scripts/serve";
import { CHROMIUM, CHROMIUM_ARGS, describeInBrowser } from "./browser";
import { ensureBuild } from "./build";

const NOT_LOADED = "The task pane could not load all its parts. Close it and open it again; if this happens again, check the connection to the add-in's address.";

describeInBrowser()("a part of the task pane that cannot be loaded", () => {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    ensureBuild();
    server = await startServer({ port: 0 });
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** The preview with every request for a script whose name matches `refused` refused. */
  async function previewWithout(refused: RegExp): Promise<Page> {
    if (!browser || !server) throw new Error("The browser did not start");
    const page = await browser.newPage();
    await page.route(refused, (route) => route.abort());
    await page.goto(`${server.url}preview.html`, { waitUntil: "load" });
    return page;
  }

  it("the pane itself: the page's shell says so in place of 'Opening the task pane…'", async () => {
    const page = await previewWithout(/preview-main\.chunk\.js$/);
    await page.getByText(NOT_LOADED).waitFor({ timeout: 30_000 });
    await expect(page.getByText("Opening the task pane…").count()).resolves.toBe(0);
    await page.close();
  }, 60_000);

  it("the national sample: Fill with the national sample says the server's answer in plain words, and the workbook stays as it was", async () => {
    if (!browser || !server) throw new Error("The browser did not start");
    const page = await browser.newPage();
    await page.route(/national-sample\.xlsx$/, (route) => route.fulfill({ status: 404, body: "Not Found" }));
    await page.goto(`${server.url}preview.html?workbook=empty`, { waitUntil: "load" });
    await page.getByRole("button", { name: "Fill with the national sample" }).click();
    await page.getByText("The national sample could not be loaded from the add-in's address (the server answered 404). Try again; if it happens again, check the connection to the add-in's address.").waitFor({ timeout: 30_000 });
    await expect(page.getByText("No template here yet").isVisible()).resolves.toBe(true);
    await page.close();
  }, 60_000);

  it("the engine: Home is drawn and says so, with no endless 'Reading the workbook…'", async () => {
    const page = await previewWithout(/engine\.chunk\.js$/);
    await page.locator("#home-title").waitFor({ timeout: 30_000 });
    await page.getByText(NOT_LOADED).waitFor({ timeout: 30_000 });
    // The workbook is still read; once it is, nothing says it is being read.
    await page.getByText("Reading the workbook…").waitFor({ state: "detached", timeout: 30_000 });
    await expect(page.getByText(NOT_LOADED).isVisible()).resolves.toBe(true);
    await page.close();
  }, 60_000);
});
