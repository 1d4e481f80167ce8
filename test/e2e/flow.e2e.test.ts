/**
 * The task pane's main flows in Debian's Chromium, against the preview's in-browser workbook (the
 * national sample, loaded through ExcelJS): check the sample, run the assessment wizard for one force
 * with an overridden grade, write it, and find the output sheets in the workbook; Report and Explain.
 * Every screen is checked with axe-core and saved as a screenshot under test-results/; the check and a
 * wizard step are driven by keyboard alone. No request may leave 127.0.0.1.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { startServer, type RunningServer } from "../../scripts/serve";
import { CHROMIUM, CHROMIUM_ARGS as ARGS, axe, describeInBrowser, results, tabTo } from "./browser";
import { ensureBuild } from "./build";

const WIDTH = 320;

/** Checks a screen with axe (only the dialog while a modal dialog hides the rest) and saves a screenshot. */
async function screen(page: Page, name: string, scope: string | null = null): Promise<void> {
  expect(await axe(page, scope)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(WIDTH);
  await page.screenshot({ path: join(results, `${name}.png`), fullPage: true });
}

describeInBrowser()("task pane flows in the preview (Chromium)", () => {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let page: Page;
  const external: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    ensureBuild();
    mkdirSync(results, { recursive: true });
    server = await startServer({ port: 0 });
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
    const context = await browser.newContext({ viewport: { width: WIDTH, height: 900 }, reducedMotion: "reduce" });
    await context.route("**/*", (route) => {
      const url = new URL(route.request().url());
      if (url.protocol === "data:" || url.protocol === "blob:" || url.hostname === "127.0.0.1") return route.continue();
      external.push(url.href);
      return route.abort();
    });
    page = await context.newPage();
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    await page.goto(`${server.url}preview.html`, { waitUntil: "load" });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("home: says the sample follows the template and is ready to assess", async () => {
    await page.getByText(/This workbook follows the template, version 1\.1\./).waitFor({ timeout: 60_000 });
    await expect(page.getByText(/^Ready to assess: 0 errors/).isVisible()).resolves.toBe(true);
    await screen(page, "1-home");
  }, 60_000);

  it("check: by keyboard alone, finds the sample's findings and shows one", async () => {
    await page.locator("body").focus();
    await tabTo(page, /^Home$/);
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Check the workbook" }).waitFor();
    await page.getByText(/^(Ready|Not ready) to assess: \d+ errors?, \d+ warnings?/).waitFor({ timeout: 20_000 });
    await tabTo(page, /^Warnings \(\d+\)$/);
    await page.keyboard.press("Enter");
    const shows = page.getByRole("button", { name: /^Show / });
    if ((await shows.count()) > 0) {
      await shows.first().focus();
      await page.keyboard.press("Enter");
      await page.getByText(/^Highlighted .* in the preview's workbook\.$/).waitFor();
      const highlighted = await page.evaluate(() => window.roundedAssessmentPreview?.highlighted() ?? null);
      expect(highlighted?.sheet).toBeTruthy();
    }
    await screen(page, "2-check");
  }, 30_000);

  it("assess: runs the wizard for one force, overrides a grade with a reason and writes the output sheets", async () => {
    await page.getByRole("tab", { name: "Assess" }).click();
    const force = page.getByRole("combobox", { name: "Force" });
    await force.waitFor({ timeout: 20_000 });
    const chosen = await force.inputValue();
    await screen(page, "3-assess-force");

    // The first step by keyboard: focus Next and press Enter.
    await page.getByRole("button", { name: "Next" }).focus();
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: new RegExp(`^Local Crime and Policing: ${chosen}`) }).waitFor();
    await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe("H2");
    await screen(page, "4-assess-local-crime");

    // Evidence is edited in its sheet: the preview highlights the force's rows, then Refresh reads them again.
    await page.getByRole("button", { name: /^Evidence \(\d+\) and actions/ }).click();
    await expect(page.getByText("The add-in does not change your input sheets: edit the evidence in its sheet, then Refresh.").isVisible()).resolves.toBe(true);
    await page.getByRole("group", { name: "Evidence" }).getByRole("button", { name: "Edit in the sheet" }).click();
    await page.getByText(new RegExp(`^Highlighted rows? [\\d ,andto]+ of the Evidence sheet in the preview's workbook: ${chosen}'s evidence for Local Crime and Policing\\.`)).waitFor();
    const highlighted = await page.evaluate(() => window.roundedAssessmentPreview?.highlighted() ?? null);
    expect(highlighted?.sheet).toBe("Evidence");
    expect(highlighted?.cell).toMatch(/^A\d+:F\d+(,A\d+:F\d+)*$/);
    await screen(page, "4a-assess-edit-evidence");
    const refresh = page.getByRole("button", { name: "Refresh" });
    await refresh.focus();
    await page.keyboard.press("Enter");
    await page.getByText(/^Read the workbook again: .* for Local Crime and Policing\. Recommended grade .* \(unchanged\)\.$/).waitFor({ timeout: 20_000 });
    await page.getByRole("heading", { name: new RegExp(`^Local Crime and Policing: ${chosen}`) }).waitFor();
    await expect(page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText)).resolves.toBe("Refresh");

    // Override the grade: a reason is required before going on.
    const finalGrade = page.getByRole("combobox", { name: "Final grade" });
    const options = await finalGrade.locator("option").allTextContents();
    const other = options.find((o) => !o.includes("(recommended)") && o !== "No grade yet") ?? "";
    await finalGrade.selectOption({ label: other });
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByText(/Give the reason for the override/).waitFor();
    await page.getByRole("textbox", { name: /Why the final grade differs/ }).fill("Inspection found improvements since the figures were collected.");
    await page.getByRole("button", { name: "Next" }).click();

    for (const [name, file] of [["Protection from Serious Harm", "5-assess-serious-harm"], ["Value for Money and Productivity", "6-assess-value-for-money"], ["Confidence and Satisfaction", "7-assess-confidence"]] as const) {
      await page.getByRole("heading", { name: new RegExp(`^${name}`) }).waitFor();
      if (name.startsWith("Value")) await expect(page.getByText(/It has no grade/).isVisible()).resolves.toBe(true);
      await screen(page, file);
      await page.getByRole("button", { name: "Next" }).click();
    }
    await page.getByRole("heading", { name: "Review" }).waitFor();
    await expect(page.getByText(/override: Inspection found improvements/).isVisible()).resolves.toBe(true);
    await screen(page, "8-assess-review");

    await page.getByRole("button", { name: "Write to the workbook…" }).click();
    const dialog = page.getByRole("dialog", { name: "Write the assessment?" });
    await dialog.waitFor();
    await page.waitForTimeout(300); // let the dialog finish opening before measuring contrast
    await expect(dialog.getByText(/Assessment, Report, Profile, Trace/).isVisible()).resolves.toBe(true);
    await screen(page, "9-assess-confirm", "[role=dialog]");
    await dialog.getByRole("button", { name: "Write" }).click();
    await page.getByText(/^Written .* to the sheets Assessment, Report, Profile, Trace/).waitFor({ timeout: 20_000 });
    await dialog.waitFor({ state: "detached" });
    await page.locator("#root:not([aria-hidden])").waitFor();
    await screen(page, "10-assess-written");

    const written = await page.evaluate(() => {
      const hook = window.roundedAssessmentPreview;
      return hook ? { sheets: hook.sheetNames(), assessment: hook.rows("Assessment"), report: hook.rows("Report").length, profile: hook.rows("Profile").length } : null;
    });
    expect(written?.sheets).toEqual(expect.arrayContaining(["Assessment", "Report", "Profile", "Trace", "Comments"]));
    const row = written?.assessment.find((r) => r[0] === chosen && r[1] === "Local Crime and Policing");
    expect(row?.slice(3, 5)).toEqual([other, "Inspection found improvements since the figures were collected."]);
    expect(written?.report).toBeGreaterThan(4);
    expect(written?.profile).toBeGreaterThan(4);
  }, 60_000);

  it("report: shows each domain's text with its reading ease, and the status", async () => {
    await page.getByRole("tab", { name: "Report" }).click();
    await page.getByRole("button", { name: "Local Crime and Policing" }).click({ timeout: 20_000 });
    await page.getByText(/^Reading ease \d+/).first().waitFor({ timeout: 20_000 });
    await expect(page.getByRole("combobox", { name: "Status" }).inputValue()).resolves.toBe("Draft");
    await screen(page, "11-report");
  }, 30_000);

  it("explain: says why a formula gives an error", async () => {
    await page.getByRole("tab", { name: "Home" }).click();
    await page.getByRole("button", { name: "Explain a formula" }).click();
    await page.getByRole("button", { name: "Explain the formula" }).click();
    await page.getByText(/Excel shows #DIV\/0!/).waitFor({ timeout: 10_000 }).catch(async (error: unknown) => {
      throw new Error(`${String(error)}\n${await page.locator("main").innerText()}`);
    });
    await screen(page, "12-explain");
  });

  it("made no request beyond 127.0.0.1 and logged no errors", () => {
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
  });
});
