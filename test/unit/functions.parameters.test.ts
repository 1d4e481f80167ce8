import fs from "node:fs";
import path from "node:path";
import { isOptional, type DefaultValue } from "../../functions/parameter";
import { parameters } from "../../functions/parameters";
import { generatedMetadata, type Metadata } from "./functionsMetadata";

let metadata: Metadata;

beforeAll(async () => {
  metadata = await generatedMetadata();
}, 60000);

// How a default is written in the JSDoc: as an analyst would type it.
const typed = (value: DefaultValue) => (typeof value === "string" ? `"${value}"` : typeof value === "boolean" ? String(value).toUpperCase() : String(value));

describe("the parameter spec (functions/parameters.ts)", () => {
  it("describes every function Excel registers, and no other", () => {
    expect(Object.keys(parameters).sort()).toEqual(metadata.functions.map((f) => f.id).sort());
  });

  it("has the signature's parameter names and optionality", () => {
    for (const f of metadata.functions) {
      const spec = parameters[f.id as keyof typeof parameters];
      expect([f.id, spec.map((p) => (isOptional(p) ? `[${p.name}]` : p.name))]).toEqual([f.id, f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name))]);
    }
  });

  it("gives each optional parameter's default in the words its JSDoc uses: the value typed, then (the default", () => {
    const wrong: string[] = [];
    for (const f of metadata.functions) {
      const spec = parameters[f.id as keyof typeof parameters];
      spec.forEach((p, i) => {
        const description = f.parameters[i]?.description ?? "";
        if (typeof p.blank !== "object") return;
        const expected = p.blank.value !== undefined ? `${typed(p.blank.value)} (the default` : p.blank.words;
        if (expected !== undefined && !description.includes(expected)) wrong.push(`${f.id} ${p.name}: "${expected}" not in "${description}"`);
      });
    }
    expect(wrong).toEqual([]);
  });

  it("has its blank rules tested in each function's own test file", () => {
    const untested = Object.keys(parameters).filter((id) => {
      const file = path.join(__dirname, "functions", `${id.toLowerCase()}.test.ts`);
      return !fs.existsSync(file) || !fs.readFileSync(file, "utf8").includes(`blankRules("${id}",`);
    });
    expect(untested).toEqual([]);
  });
});
