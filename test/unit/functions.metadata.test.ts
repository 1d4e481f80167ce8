import fs from "node:fs";
import path from "node:path";
import { renderHelpPage } from "../../scripts/help-page";
import { customFunctions } from "../../src";
import { generatedMetadata, type Metadata } from "./functionsMetadata";

// The list Excel sees, pinned: changing a name or a parameter breaks analysts' formulas, so it must be
// a deliberate change to this list.
const expected: Record<string, string[]> = {
  COSTPEROFFICER: ["cost", "fte"],
  COSTPERPCSO: ["cost", "fte"],
  COSTPERSTAFF: ["cost", "fte"],
  COSTPERBANDD: ["precept", "taxBase"],
  COSTPERHEAD: ["netRevenueExpenditure", "population"],
  CRIMERATE: ["offences", "base", "[per]"],
  AMOUNTPERPOPULATION: ["amount", "population", "[per]"],
  DETECTIONRATE: ["detections", "offences"],
  RATECI: ["count", "base", "[per]", "[level]", "[which]"],
  PROPORTIONCI: ["successes", "n", "[level]", "[designEffect]", "[which]"],
  MSGPEERS: ["force", "msgTable", "[year]"],
  MSGAVERAGE: ["force", "msgTable", "forces", "numerators", "denominators", "[per]", "[includeForce]", "[year]"],
  MSGRANK: ["force", "msgTable", "forces", "values", "[order]", "[year]"],
  MSGPOSITION: ["force", "msgTable", "forces", "numerators", "denominators", "[polarity]", "[measure]", "[designEffect]", "[rules]", "[year]"],
  DIRECTION: ["numerators", "denominators", "[polarity]", "[measure]", "[designEffect]", "[rules]", "[referenceNumerators]", "[referenceDenominators]"],
  SIMILARFORCES: ["force", "forces", "variables", "[k]"],
  GRADE: ["positions", "directions", "[rules]", "[evidence]", "[force]"],
  DATASET: ["id", "[field]"],
  MSGCOMPARE: ["force", "dataSet", "year", "figures", "forcesTable", "msgTable", "[rules]", "[headers]"],
  FIGURES: ["dataSet", "year", "figures", "forcesTable"],
  EWAVERAGE: ["numerators", "denominators", "[per]"],
  DATASETS: ["[domain]"],
  FUNNELLIMITS: ["target", "bases", "[per]", "[level]", "[overdispersion]", "[counts]"],
  ZSCORE: ["count", "base", "target", "[per]", "[overdispersion]"],
  RATERATIO: ["count1", "base1", "count2", "base2", "[level]", "[which]"],
  POINTSGAP: ["successes1", "n1", "successes2", "n2", "[measure]", "[level]", "[designEffect]", "[which]"],
};

let metadata: Metadata;

beforeAll(async () => {
  metadata = await generatedMetadata();
}, 60000);

describe("the functions Excel registers", () => {
  it("are exactly the pinned names and parameters", () => {
    const found = Object.fromEntries(metadata.functions.map((f) => [f.id, f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name))]));
    expect(found).toEqual(expected);
  });

  it("are the ones the Node API exposes", () => {
    expect(Object.keys(customFunctions).sort()).toEqual(Object.keys(expected).sort());
  });

  it("each have a test file of their own, test/unit/functions/<name>.test.ts", () => {
    const missing = metadata.functions.map((f) => `${f.id.toLowerCase()}.test.ts`).filter((file) => !fs.existsSync(path.join(__dirname, "functions", file)));
    expect(missing).toEqual([]);
  });

  it("each have a description, a help page and every parameter described; none volatile or streaming", () => {
    for (const f of metadata.functions) {
      expect(f.description?.length).toBeGreaterThan(30);
      expect(f.helpUrl).toMatch(new RegExp(`/help/functions\\.html#${f.id.toLowerCase()}$`));
      for (const p of f.parameters) expect(p.description?.length).toBeGreaterThan(5);
      expect(f.options?.volatile ?? false).toBe(false);
      expect(f.options?.stream ?? false).toBe(false);
    }
  });
});

describe("the help page", () => {
  it("explains every function at the address its help link points to", () => {
    const markdown = fs.readFileSync(path.join(__dirname, "../../docs/functions.md"), "utf8");
    const page = renderHelpPage(markdown, { csp: "default-src 'self'" });
    for (const f of metadata.functions) {
      const anchor = f.helpUrl?.split("#")[1] ?? "";
      expect(page).toContain(`<h3 id="${anchor}">${f.id}</h3>`);
      // and the section carries an example
      const section = markdown.split(/^### /m).find((s) => s.startsWith(`${f.id}\n`)) ?? "";
      expect(section).toMatch(/Example/);
    }
  });

  it("shows workbook-derived text as text, never as markup", () => {
    expect(renderHelpPage("# T\n\n<script>alert(1)</script>", { csp: "x" })).not.toContain("<script>");
  });
});
