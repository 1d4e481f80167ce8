import { issueCodes, type IssueCode } from "../../../src/engine/messages/codes";
import { enGB } from "../../../src/engine/messages/en-GB";
import { fixFor } from "../../../src/engine/messages/describe";
import { faceText } from "../../../src/engine/messages/faceText";
import { paneLabels } from "../../../src/engine/messages/paneLabels";
import { issue } from "../../../src/engine/result";

/** Facts for any code: every fact reads "X", so each message and fix can be written. */
const anyFacts = new Proxy({}, { get: (_t, key) => (typeof key === "string" ? "X" : undefined) }) as never;

/** Codes only the `ra` command gives (files, flags, ra merge and ra letters): their fixes name commands. */
const commandOnly = new Set<IssueCode>([
  "output-exists", "output-is-input", "output-not-writable", "bad-option-year", "merge-conflict", "merge-not-a-copy", "letter-not-assessed", "file-not-found",
]);

describe("the code table and the en-GB catalogue", () => {
  it("has text for every code and a code for every text", () => {
    expect(Object.keys(enGB).sort()).toEqual(Object.keys(issueCodes).sort());
  });

  it("gives the task pane fixes in the pane's words, never a command", () => {
    const named = (Object.keys(issueCodes) as IssueCode[])
      .filter((code) => !commandOnly.has(code))
      .flatMap((code) => {
        const fix = enGB[code].fix(anyFacts, "pane");
        return /\bra [a-z]+\b|--[a-z]/.test(fix) ? [`${code}: ${fix}`] : [];
      });
    expect(named).toEqual([]);
  });

  it("tells the command's users the command, and the pane's users the button, for a new template", () => {
    const old = issue("template-version-old", {}, { found: "1.0", expected: "1.1", changes: "X" });
    expect(fixFor(old, "cli")).toContain("ra template");
    expect(fixFor(old, "pane")).not.toContain("ra template");
    expect(fixFor(old, "pane")).toContain("Create the template on Home");
  });

  it("checks an issue's facts against its code when it is made (npm run typecheck fails if these compile)", () => {
    // @ts-expect-error missing-sheet needs the sheet's name
    const missingFact = issue("missing-sheet", {}, {});
    // @ts-expect-error population-jump has no fact "sheet"
    const unknownFact = issue("population-jump", {}, { force: "Kent", from: 1, fromYear: "a", to: 2, toYear: "b", change: 100, sheet: "Forces" });
    expect([missingFact.severity, unknownFact.severity]).toEqual(["error", "warning"]);
  });

  it("gives a code the table's severity unless the context says otherwise", () => {
    expect(issue("population-jump", {}, { force: "Kent", from: 1, fromYear: "a", to: 2, toYear: "b", change: 100 }).severity).toBe("warning");
    expect(issue("unknown-rule", {}, { value: "x", choices: "y" }).severity).toBe("info");
    expect(issue("missing-sheet", {}, { sheet: "Data" }).severity).toBe("error");
    expect(issue("unknown-status", {}, { value: "x", force: "Kent", domain: "d" }, "warning").severity).toBe("warning");
  });
});

describe("the faces' own words", () => {
  // An argument that reads as "X" in a sentence and as a one-item list where a list is wanted.
  const written = (text: string | ((...args: never[]) => string)): string => (typeof text === "string" ? text : (text as (...args: unknown[]) => string)(...Array.from({ length: 4 }, () => ["X"])));

  it("never tells task pane users to run a command", () => {
    const named = Object.entries(faceText.pane).flatMap(([id, text]) => (/\bra [a-z]+\b|--[a-z]/.test(written(text)) ? [id] : []));
    expect(named).toEqual([]);
  });

  it("never names a command in the pane's labels", () => {
    // Each label as written: a text, or a function's source with its words in template strings.
    const leaves = (node: unknown, at: string): [string, string][] =>
      typeof node === "string" || typeof node === "function" ? [[at, String(node)]] : Object.entries(node as object).flatMap(([k, v]) => leaves(v, `${at}.${k}`));
    const named = leaves(paneLabels, "paneLabels").flatMap(([at, text]) => (/\bra [a-z]+\b|--[a-z]/.test(text) ? [at] : []));
    expect(leaves(paneLabels, "paneLabels").length).toBeGreaterThan(150);
    expect(named).toEqual([]);
  });

  it("says the same about merging in both faces", () => {
    expect(faceText.pane.merged([])).toBe(`${faceText.both.nothingMerged} Assess the forces again to bring the Report, Profile and Trace sheets up to date.`);
    expect(faceText.both.mergeChange({ file: "south.xlsx", sheet: "Evidence", added: 2, changed: 1, deleted: 0 })).toBe("south.xlsx, Evidence: 2 added, 1 changed, 0 deleted");
  });
});
