import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import path from "node:path";
import { customFunctions } from "../../src";

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
  RATECI: ["count", "base", "[per]", "[level]"],
  PROPORTIONCI: ["successes", "n", "[level]", "[designEffect]"],
  MSGPEERS: ["force", "msgTable"],
  MSGAVERAGE: ["force", "msgTable", "forces", "numerators", "denominators", "[per]", "[includeForce]"],
  MSGRANK: ["force", "msgTable", "forces", "values", "[higherIsBetter]"],
  MSGPOSITION: ["force", "msgTable", "forces", "numerators", "denominators", "[polarity]", "[measure]"],
  DIRECTION: ["numerators", "denominators", "[polarity]", "[measure]"],
  SIMILARFORCES: ["force", "forces", "variables", "[k]"],
  GRADE: ["positions", "directions", "[rules]"],
  DATASET: ["id", "[field]"],
};

interface Metadata {
  functions: {
    id: string;
    name: string;
    description?: string;
    helpUrl?: string;
    parameters: { name: string; description?: string; optional?: boolean }[];
    options?: { volatile?: boolean; stream?: boolean };
  }[];
}

let metadata: Metadata;

beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata(path.join(__dirname, "../../functions/functions.ts"));
  expect(generated.errors).toEqual([]);
  metadata = JSON.parse(generated.metadataJson) as Metadata;
}, 60000);

describe("the functions Excel registers", () => {
  it("are exactly the pinned names and parameters", () => {
    const found = Object.fromEntries(metadata.functions.map((f) => [f.id, f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name))]));
    expect(found).toEqual(expected);
  });

  it("are the ones the Node API exposes", () => {
    expect(Object.keys(customFunctions).sort()).toEqual(Object.keys(expected).sort());
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
