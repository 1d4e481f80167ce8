/**
 * What the task pane's browser tests share: Debian's Chromium through playwright-core, a page on the
 * preview that may not reach beyond 127.0.0.1, axe-core, screenshots and keyboard walking.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";
export const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];
export const results = join(__dirname, "..", "..", "test-results", "taskpane");

export const browserMissing = !existsSync(CHROMIUM);
/** describe, or describe.skip (saying why) where Chromium is missing and RA_REQUIRE_BROWSER is not 1. */
export function describeInBrowser(): jest.Describe {
  if (browserMissing && process.env.RA_REQUIRE_BROWSER !== "1") {
    console.log(`Skipping the browser tests: ${CHROMIUM} is not installed (Debian: apt-get install chromium). Set RA_REQUIRE_BROWSER=1 to make this a failure.`);
    return describe.skip;
  }
  return describe;
}

export interface Violation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: string[];
}

export async function axe(page: Page, scope: string | null = null): Promise<Violation[]> {
  await page.evaluate(readFileSync(require.resolve("axe-core/axe.min.js"), "utf8"));
  return page.evaluate(async (include) => {
    type Result = { violations: { id: string; impact?: string | null; help: string; nodes: { target: string[] }[] }[] };
    const runner = (window as unknown as { axe: { run: (c: { include?: string[][]; exclude: string[][] }) => Promise<Result> } }).axe;
    // Fluent's focus manager (Tabster) puts hidden <i tabindex="0" data-tabster-dummy> sentinels around
    // arrow-key groups to steer Tab; they pass focus on at once and are not content.
    const r = await runner.run({ ...(include ? { include: [[include]] } : {}), exclude: [["[data-tabster-dummy]"]] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact ?? null, help: v.help, targets: v.nodes.map((n) => n.target.join(" ")) }));
  }, scope);
}

export interface PaneOptions {
  readonly width?: number;
  readonly height?: number;
  readonly colorScheme?: "light" | "dark";
  readonly forcedColors?: boolean;
  /** "empty" opens the preview on an empty workbook instead of the national sample. */
  readonly workbook?: "empty";
}

export interface Pane {
  readonly page: Page;
  readonly external: string[];
  readonly errors: string[];
  close(): Promise<void>;
}

/** The preview in a fresh browser context; every request beyond 127.0.0.1 is refused and recorded. */
export async function openPane(browser: Browser, baseUrl: string, options: PaneOptions = {}): Promise<Pane> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 320, height: options.height ?? 640 },
    colorScheme: options.colorScheme ?? "light",
    forcedColors: options.forcedColors ? "active" : "none",
    reducedMotion: "reduce",
  });
  const external: string[] = [];
  const errors: string[] = [];
  await context.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === "data:" || url.protocol === "blob:" || url.hostname === "127.0.0.1") return route.continue();
    external.push(url.href);
    return route.abort();
  });
  const page = await context.newPage();
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  await page.goto(`${baseUrl}preview.html${options.workbook ? `?workbook=${options.workbook}` : ""}`, { waitUntil: "load" });
  // The page shows its shell first and loads the pane after its first paint: wait until Home is drawn.
  await page.locator("#home-title").waitFor({ timeout: 60_000 });
  return { page, external, errors, close: () => context.close() };
}

/**
 * Closes what a suite opened (the pane, the browser, the server), after checking the pane made no
 * request off its host and logged no error.
 */
export async function closeAll(pane: Pane | undefined, browser: Browser | undefined, server: { close(): Promise<void> } | undefined): Promise<void> {
  if (pane) expect({ external: pane.external, errors: pane.errors }).toEqual({ external: [], errors: [] });
  await pane?.close();
  await browser?.close();
  await server?.close();
}

/** Presses Tab until the focused element has this accessible text, as a keyboard user would; returns how many presses it took. */
export async function tabTo(page: Page, text: RegExp, limit = 80): Promise<number> {
  for (let i = 1; i <= limit; i++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText ?? "");
    if (text.test(focused.trim())) return i;
  }
  throw new Error(`No focusable element matching ${text} within ${limit} presses of Tab`);
}

/** The primary buttons on the page (outside any dialog), by their text: those filled with the theme's brand colour. */
export function primaryButtons(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const probe = document.createElement("span");
    probe.style.backgroundColor = "var(--colorBrandBackground)";
    document.querySelector(".fui-FluentProvider")?.appendChild(probe);
    const brand = getComputedStyle(probe).backgroundColor;
    probe.remove();
    return [...document.querySelectorAll("main button")]
      .filter((b) => (b as HTMLElement).offsetParent !== null && !b.closest("[role=dialog]") && getComputedStyle(b).backgroundColor === brand)
      .map((b) => (b as HTMLElement).innerText.trim());
  });
}
